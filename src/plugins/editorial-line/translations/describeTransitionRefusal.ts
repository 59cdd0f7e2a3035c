import type { TFunction } from '@payloadcms/translations'

import type { PostStatus } from '../constants.js'
import type { TransitionRefusal } from '../workflow/checkTransition.js'

import { translate, valueKey } from './index.js'

/**
 * Why the workflow refuses a status change, in the reader's language: the transition by its status
 * names, and who may make it or where the post can go instead.
 */
export const describeTransitionRefusal = ({
  refused,
  from,
  to,
  t,
  language,
}: {
  refused: Exclude<TransitionRefusal, { reason: 'comment' }>
  from: PostStatus
  to: PostStatus
  t: TFunction<any>
  language: string
}): string => {
  const statusName = (status: PostStatus) =>
    translate({ key: valueKey({ prefix: 'status', value: status }), t })
  // A status name in the quotes of the reader's language.
  const quoted = (text: string) => (language === 'fr' ? `« ${text} »` : `“${text}”`)
  const vars = { from: statusName(from), to: statusName(to) }
  switch (refused.reason) {
    case 'unknown':
      return translate({
        key: 'workflowUnknown',
        t,
        vars: {
          ...vars,
          allowed:
            refused.allowed.map((status) => quoted(statusName(status))).join(', ') ||
            translate({ key: 'workflowNowhere', t }),
        },
      })
    case 'role':
      return translate({
        key: 'workflowRole',
        t,
        vars: {
          ...vars,
          roles: refused.roles
            .map((role) => translate({ key: valueKey({ prefix: 'role', value: role }), t }))
            .join(', '),
        },
      })
    case 'publisherOnly':
      return translate({
        key: 'workflowPublisherOnly',
        t,
        vars: { approved: statusName('approved'), published: statusName('published') },
      })
    default:
      return translate({
        key: refused.reason === 'fourEyes' ? 'workflowFourEyes' : 'workflowPublished',
        t,
        vars,
      })
  }
}
