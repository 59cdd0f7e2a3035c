import type { Access } from 'payload'

/** Allows everybody, anonymous callers included. */
export const anyone: Access = () => true
