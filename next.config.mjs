import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets tests build and serve a second copy beside `next dev`, which locks `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The admin benchmark's app variant (`npm run bench -- --admin`): the same app with a plain
  // collection beside the posts, its config given as `@payload-config` by another tsconfig.
  ...(process.env.BENCH_ADMIN_APP === '1'
    ? { typescript: { tsconfigPath: 'bench/admin/tsconfig.json' } }
    : {}),
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
