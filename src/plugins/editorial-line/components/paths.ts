import type { RowLabelComponent } from 'payload'

/**
 * Components are referenced by path, relative to the host's `admin.importMap.baseDir` (`src/`),
 * and `npm run generate:importmap` writes the import map from these paths.
 */
const COMPONENTS = '/plugins/editorial-line/components'

export const arrayRowLabel = (fieldName: string): RowLabelComponent => ({
  path: `${COMPONENTS}/ArrayRowLabel/ArrayRowLabel.client#ArrayRowLabel`,
  clientProps: { fieldName },
})

export const mixView = `${COMPONENTS}/MixView/MixView#MixView`
export const mixNavLink = `${COMPONENTS}/MixNavLink/MixNavLink#MixNavLink`
export const mixHint = `${COMPONENTS}/MixHint/MixHint#MixHint`
export const workflowStatus = `${COMPONENTS}/WorkflowStatus/WorkflowStatus#WorkflowStatus`
