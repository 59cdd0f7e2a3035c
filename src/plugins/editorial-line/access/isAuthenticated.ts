import type { Access } from 'payload'

/** Allows any logged-in user (or API key). */
export const isAuthenticated: Access = ({ req }) => Boolean(req.user)
