import type { CollectionConfig } from 'payload'

import { hasRole, isSelf, isStaff, or } from 'payload-plugin-editorial-line'

/**
 * Accounts of the admin, and API keys for machine accounts (publishers). The editorial-line plugin
 * adds their `roles`. Only the editorial team sees other accounts (authors' e-mails stay private).
 */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: { useAPIKey: true },
  labels: { singular: { en: 'User', fr: 'Utilisateur' }, plural: { en: 'Users', fr: 'Utilisateurs' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles'] },
  access: {
    admin: isStaff,
    read: or(isStaff, isSelf),
    create: hasRole('admin'),
    update: or(hasRole('admin'), isSelf),
    delete: hasRole('admin'),
  },
  fields: [{ name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true }],
}
