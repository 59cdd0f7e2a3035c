import type { CollectionBeforeChangeHook } from 'payload'

/** On create, the post's author is whoever creates it (unless a script names one). */
export const setAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || data.author || !req.user) return data
  return { ...data, author: req.user.id }
}
