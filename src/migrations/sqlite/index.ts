import * as migration_20261126_020144_initial from './20261126_020144_initial';

export const migrations = [
  {
    up: migration_20261126_020144_initial.up,
    down: migration_20261126_020144_initial.down,
    name: '20261126_020144_initial'
  },
];
