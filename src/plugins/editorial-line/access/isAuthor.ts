import type { Access } from 'payload'

/** Allows a logged-in user on the posts they wrote. */
export const isAuthor: Access = ({ req }) => (req.user ? { author: { equals: req.user.id } } : false)
