import * as migration_20261126_020152_initial from './20261126_020152_initial';

export const migrations = [
  {
    up: migration_20261126_020152_initial.up,
    down: migration_20261126_020152_initial.down,
    name: '20261126_020152_initial'
  },
];
