import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { app as en } from '../en/app';

export const app: Catalog<typeof en> = {
  name: 'Session Desk',
  tabs: {
    label: 'Разделы сессии',
    capture: 'Запись',
    timer: 'Таймер',
    report: 'Отчёт',
    session: 'Подготовка',
  },
  language: {
    label: 'Язык',
    system: 'Как в системе ({{language}})',
    pseudo: 'Псевдоязык (находит непереведённый текст)',
  },
  banner: { retry: 'Повторить', dismiss: 'Скрыть' },
  fallback: {
    tab: 'Раздел «{{name}}» не удалось показать. Ваша сессия в безопасности: ничего не потеряно, сохранение продолжается.',
    statement: 'Это выступление не удалось отобразить; его текст показан так, как был введён.',
  },
  preferences: {
    readFailed: 'Не удалось прочитать ваши настройки: {{message}}',
    saveFailed: 'Ваши настройки не сохранены: {{message}}',
  },
  field: { incomplete: 'Значение не завершено. Допишите его или очистите поле.' },
  somethingWrong: 'Что-то пошло не так.',
};
