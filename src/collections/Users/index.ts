import type { CollectionConfig } from 'payload'

import { hasRole, isAuthenticated, isSelf, or } from '../../plugins/editorial-line/access'

/** Accounts of the admin. The editorial-line plugin adds their `roles`. */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  labels: { singular: { en: 'User', fr: 'Utilisateur' }, plural: { en: 'Users', fr: 'Utilisateurs' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles'] },
  access: {
    read: isAuthenticated,
    create: hasRole('admin'),
    update: or(hasRole('admin'), isSelf),
    delete: hasRole('admin'),
  },
  fields: [{ name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true }],
}
