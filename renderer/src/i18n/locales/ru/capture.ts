import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { capture as en } from '../en/capture';

export const capture: Catalog<typeof en> = {
  help: {
    title: 'Сочетания клавиш',
    close: 'Закрыть',
    intro:
      'Поле записи остаётся в фокусе: после любого сочетания можно продолжать печатать. Набранное хранится как черновик до нажатия Enter, даже если приложение закроется.',
    questions: 'Вопросы политики',
  },
};
