import * as migration_20261126_020152_initial from './20261126_020152_initial';
import * as migration_20261126_032613_workflow from './20261126_032613_workflow';
import * as migration_20261126_044309_post_indexes from './20261126_044309_post_indexes';
import * as migration_20261201_143633_metrics_adaptation_month_indexes from './20261201_143633_metrics_adaptation_month_indexes';
import * as migration_20261201_162402_publish_at_timezone from './20261201_162402_publish_at_timezone';
import * as migration_20261207_142249_channels_keep from './20261207_142249_channels_keep';
import * as migration_20261207_142250_channels from './20261207_142250_channels';
import * as migration_20261207_142251_channels_restore from './20261207_142251_channels_restore';
import * as migration_20261207_151525_copy_rules_notifications from './20261207_151525_copy_rules_notifications';
import * as migration_20261207_155015_notifications_digest from './20261207_155015_notifications_digest';
import * as migration_20261207_180547_media from './20261207_180547_media';
import * as migration_20261207_181253_format_requirements from './20261207_181253_format_requirements';

export const migrations = [
  {
    up: migration_20261126_020152_initial.up,
    down: migration_20261126_020152_initial.down,
    name: '20261126_020152_initial',
  },
  {
    up: migration_20261126_032613_workflow.up,
    down: migration_20261126_032613_workflow.down,
    name: '20261126_032613_workflow',
  },
  {
    up: migration_20261126_044309_post_indexes.up,
    down: migration_20261126_044309_post_indexes.down,
    name: '20261126_044309_post_indexes',
  },
  {
    up: migration_20261201_143633_metrics_adaptation_month_indexes.up,
    down: migration_20261201_143633_metrics_adaptation_month_indexes.down,
    name: '20261201_143633_metrics_adaptation_month_indexes',
  },
  {
    up: migration_20261201_162402_publish_at_timezone.up,
    down: migration_20261201_162402_publish_at_timezone.down,
    name: '20261201_162402_publish_at_timezone',
  },
  {
    up: migration_20261207_142249_channels_keep.up,
    down: migration_20261207_142249_channels_keep.down,
    name: '20261207_142249_channels_keep',
  },
  {
    up: migration_20261207_142250_channels.up,
    down: migration_20261207_142250_channels.down,
    name: '20261207_142250_channels',
  },
  {
    up: migration_20261207_142251_channels_restore.up,
    down: migration_20261207_142251_channels_restore.down,
    name: '20261207_142251_channels_restore',
  },
  {
    up: migration_20261207_151525_copy_rules_notifications.up,
    down: migration_20261207_151525_copy_rules_notifications.down,
    name: '20261207_151525_copy_rules_notifications',
  },
  {
    up: migration_20261207_155015_notifications_digest.up,
    down: migration_20261207_155015_notifications_digest.down,
    name: '20261207_155015_notifications_digest',
  },
  {
    up: migration_20261207_180547_media.up,
    down: migration_20261207_180547_media.down,
    name: '20261207_180547_media',
  },
  {
    up: migration_20261207_181253_format_requirements.up,
    down: migration_20261207_181253_format_requirements.down,
    name: '20261207_181253_format_requirements'
  },
];
