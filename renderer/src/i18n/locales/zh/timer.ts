import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { timer as en } from '../en/timer';

export const timer: Catalog<typeof en> = {
  settings: {
    summary: '计时设置：剩余 {{warning}} 秒时提醒，剩余 {{danger}} 秒时警告',
  },
};
