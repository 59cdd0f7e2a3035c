import * as migration_20261126_012708_initial from './20261126_012708_initial';

export const migrations = [
  {
    up: migration_20261126_012708_initial.up,
    down: migration_20261126_012708_initial.down,
    name: '20261126_012708_initial'
  },
];
