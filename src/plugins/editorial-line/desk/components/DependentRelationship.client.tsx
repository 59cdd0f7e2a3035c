'use client'

import type { CollectionSlug, RelationshipFieldClientProps, ValueWithRelation } from 'payload'

import { RelationshipInput, useField, useFormFields } from '@payloadcms/ui'
import React, { useCallback, useMemo } from 'react'

import { choiceParent, type DependentChoice, POST_CHOICES } from '../../posts/postChoices.js'

type Props = RelationshipFieldClientProps & { choice: DependentChoice }

const asOption = ({
  relationTo,
  id,
}: {
  relationTo: CollectionSlug
  id: null | number | string | undefined
}): null | ValueWithRelation =>
  id === null || id === undefined || id === '' ? null : { relationTo, value: id }

/** One collection: its options without the collection's group heading. */
const flatten: NonNullable<React.ComponentProps<typeof RelationshipInput>['formatDisplayedOptions']> = (
  groups,
) => groups.flatMap((group) => group.options)

/**
 * A post's phase or key message menu, filtered from what the form holds (the chosen target, the
 * chosen phase) the moment it changes.
 *
 * Payload's relationship field waits for the server's form state to learn its new filter, and a
 * menu opened before that answer (or loading while it arrives) keeps options of the old filter. Here
 * the filter is computed in the browser, and the menu is mounted afresh for each parent value, so
 * no request made under the old filter can add options to the new menu. `data-choices-for` says
 * which parent value the menu is filtered by.
 */
export const DependentRelationship = ({ choice, field, path: pathFromProps, readOnly, validate }: Props) => {
  const { dependsOn, where } = POST_CHOICES[choice]
  const parent = choiceParent(useFormFields(([fields]) => fields[dependsOn]?.value))
  const relationTo = field.relationTo as CollectionSlug
  const required = field.required

  const memoizedValidate = useCallback(
    (value: unknown, options: Record<string, unknown>) =>
      typeof validate === 'function' ? validate(value as never, { ...options, required } as never) : true,
    [validate, required],
  )
  const {
    customComponents: { AfterInput, BeforeInput, Description, Error, Label } = {},
    disabled,
    initialValue,
    path,
    setValue,
    showError,
    value,
  } = useField<null | number | string>({ potentiallyStalePath: pathFromProps, validate: memoizedValidate })

  // Payload's input starts over whenever `relationTo` or `filterOptions` changes identity: keep both stable.
  const relationToList = useMemo(() => [relationTo], [relationTo])
  const filterOptions = useMemo(() => ({ [relationTo]: where(parent) }), [relationTo, where, parent])
  const currentValue = useMemo(() => asOption({ relationTo, id: value }), [relationTo, value])
  const startValue = useMemo(() => asOption({ relationTo, id: initialValue }), [relationTo, initialValue])
  const onChange = useCallback(
    (chosen: null | ValueWithRelation) => setValue(chosen ? chosen.value : null, chosen?.value === value),
    [setValue, value],
  )

  return (
    <div
      className={`dependent-relationship dependent-relationship--${choice}`}
      data-choices-for={parent ?? ''}
    >
      <RelationshipInput
        key={`${relationTo}:${parent ?? ''}`}
        AfterInput={AfterInput}
        allowCreate={field.admin?.allowCreate ?? true}
        allowEdit={field.admin?.allowEdit ?? true}
        BeforeInput={BeforeInput}
        Description={Description}
        description={field.admin?.description as never}
        Error={Error}
        filterOptions={filterOptions}
        formatDisplayedOptions={flatten}
        hasMany={false}
        initialValue={startValue}
        Label={Label}
        label={field.label}
        localized={field.localized}
        maxResultsPerRequest={10}
        onChange={onChange}
        path={path}
        placeholder={field.admin?.placeholder}
        readOnly={readOnly || disabled}
        relationTo={relationToList}
        required={required}
        showError={showError}
        value={currentValue}
      />
    </div>
  )
}
