import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { capture as en } from '../en/capture';

export const capture: Catalog<typeof en> = {
  help: {
    title: '键盘快捷键',
    close: '关闭',
    intro:
      '记录框始终保持焦点：每个快捷键之后都可以继续输入。按 Enter 之前，输入的内容会保存为草稿，即使应用关闭也不会丢失。',
    questions: '政策问题',
  },
};
