import type { SelectField } from 'payload'

import { hasRole } from '../access/hasRole.js'
import { label } from '../translations/index.js'
import { roleOptions } from '../translations/optionLists.js'

/** `users.roles`, saved to the JWT so access checks need no lookup. Only admins may set it. */
export const rolesField: SelectField = {
  name: 'roles',
  type: 'select',
  hasMany: true,
  label: label('roles'),
  required: true,
  defaultValue: ['editor'],
  options: roleOptions,
  saveToJWT: true,
  access: { create: hasRole('admin'), update: hasRole('admin') },
  admin: { position: 'sidebar' },
}
