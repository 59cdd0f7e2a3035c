import type { Access } from 'payload'

/** Allows a logged-in user on their own document only. */
export const isSelf: Access = ({ req }) => (req.user ? { id: { equals: req.user.id } } : false)
