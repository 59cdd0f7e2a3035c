import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import './editorialLine.css'

/** The frame of the plugin's admin views: Payload's template, with its navigation, and the view's title. */
export const AdminPage = ({
  initPageResult,
  params,
  searchParams,
  title,
  children,
}: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & {
  title: string
  children: React.ReactNode
}) => {
  const { req, locale, permissions, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        {/* What the plugin draws, apart from Payload's frame (the accessibility checks look here). */}
        <div data-editorial-view>
          <h1 className="el-page__title">{title}</h1>
          {children}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
