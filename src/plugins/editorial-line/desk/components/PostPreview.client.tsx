'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useMemo, useState } from 'react'

import { bodyPlaintext } from '../../calendar/feed/bodyPlaintext.js'
import { relationId } from '../../rules/relationId.js'
import { videoClock } from '../../time/videoClock.js'
import { translate } from '../../translations/index.js'
import { useApiFetch, useDocument } from '../../admin/useApi.client.js'
import '../../admin/editorialLine.css'
import { useSlugs } from '../../admin/useSlugs.client.js'
import { cutText } from '../preview/cutText.js'
import { imageGrid } from '../preview/imageGrid.js'

type Size = { url?: null | string }
type MediaDoc = {
  id: number | string
  kind?: 'document' | 'image' | 'video' | null
  alt?: null | string
  url?: null | string
  filename?: null | string
  pages?: null | number
  duration?: null | number
  sizes?: Record<string, Size | undefined> | null
}
type Channel = { name: string }

/** A file's thumbnail when the server made one, else the file itself. */
const thumbnail = (doc: MediaDoc) => doc.sizes?.thumbnail?.url || doc.sizes?.feed?.url || doc.url || undefined

/**
 * The post as its channel's feed shows it, live as the editor types and adds files (issue #27): its
 * text cut after about 210 characters with "… see more", then its files — images in the feed's
 * grid for 1, 2, 3 and 4+, a document's first page (its thumbnail, else a card) with its page count,
 * a video with its duration. The media documents are read through the REST API as the editor.
 */
export const PostPreview = () => {
  const { t } = useTranslation()
  const slugs = useSlugs()
  const apiFetch = useApiFetch()
  const body = useFormFields(([fields]) => fields.body?.value)
  const media = useFormFields(([fields]) => fields.media?.value)
  const channelId = useFormFields(([fields]) => fields.channel?.value)
  const channel = useDocument<Channel>({ collection: slugs.channels, id: relationId(channelId) })
  const [expanded, setExpanded] = useState(false)
  const [docs, setDocs] = useState<MediaDoc[]>([])

  const ids = useMemo(
    () =>
      (Array.isArray(media) ? media : [])
        .map((item) => relationId(item))
        .filter((id): id is number | string => id != null && id !== ''),
    [media],
  )
  const key = ids.join(',')
  useEffect(() => {
    let current = true
    if (!key) {
      setDocs([])
      return
    }
    const query = `where[id][in]=${encodeURIComponent(key)}&depth=0&limit=0`
    void apiFetch<{ docs: MediaDoc[] }>(`/${slugs.media}?${query}`).then((found) => {
      if (!current || !found) return
      const byId = new Map(found.docs.map((doc) => [String(doc.id), doc]))
      // In the post's order, which the editor sets by dragging the files.
      setDocs(key.split(',').flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])))
    })
    return () => {
      current = false
    }
  }, [apiFetch, key, slugs.media])

  const text = bodyPlaintext({ value: body })
  const { shown, cut } = cutText({ text })
  const images = docs.filter((doc) => doc.kind === 'image')
  const grid = imageGrid({ count: images.length })
  const document = docs.find((doc) => doc.kind === 'document')
  const video = docs.find((doc) => doc.kind === 'video')

  return (
    <div className="field-type el-panel el-preview" data-post-preview>
      <h3 className="el-panel__title">{translate({ key: 'postPreview', t })}</h3>
      <div className="el-preview__card">
        <div className="el-preview__channel" data-preview-channel>
          {channel?.name ?? translate({ key: 'postPreviewNoChannel', t })}
        </div>
        <div className="el-preview__text" data-preview-text data-cut={cut ? 'yes' : 'no'}>
          {expanded ? text : shown}
          {cut && !expanded && (
            <button className="el-preview__more" onClick={() => setExpanded(true)} type="button">
              {translate({ key: 'postPreviewSeeMore', t })}
            </button>
          )}
        </div>
        {grid.layout !== 'none' && (
          <div className="el-preview__grid" data-layout={grid.layout} data-preview-images={images.length}>
            {images.slice(0, grid.shown).map((doc, index) => (
              <div className="el-preview__cell" key={doc.id}>
                <img alt={doc.alt ?? ''} className="el-preview__image" src={thumbnail(doc)} />
                {grid.more > 0 && index === grid.shown - 1 && (
                  <span className="el-preview__overlay">
                    {translate({ key: 'postPreviewMore', t, vars: { count: grid.more } })}
                  </span>
                )}
              </div>
            ))}
          </div>
        )}
        {document && (
          <div className="el-preview__document" data-preview-document>
            {document.sizes?.thumbnail?.url ? (
              <img alt="" className="el-preview__image" src={document.sizes.thumbnail.url} />
            ) : (
              <div className="el-preview__document-card">
                {translate({ key: 'postPreviewDocument', t })}
                <div className="el-small">{document.filename}</div>
              </div>
            )}
            {document.pages != null && (
              <span className="el-preview__badge" data-preview-pages={document.pages}>
                {translate({ key: 'postPreviewPages', t, vars: { count: document.pages } })}
              </span>
            )}
          </div>
        )}
        {video && (
          <div className="el-preview__video" data-preview-video>
            {/* Only the first frame: the preview shows the post, it does not play it. */}
            <video className="el-preview__image" muted preload="metadata" src={video.url ?? undefined} />
            {video.duration != null && (
              <span className="el-preview__badge" data-preview-duration={video.duration}>
                {videoClock({ seconds: video.duration })}
              </span>
            )}
          </div>
        )}
      </div>
    </div>
  )
}
