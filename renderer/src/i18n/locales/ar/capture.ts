import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { capture as en } from '../en/capture';

export const capture: Catalog<typeof en> = {
  help: {
    title: 'اختصارات لوحة المفاتيح',
    close: 'إغلاق',
    intro:
      'يبقى التركيز في مربع التدوين: بعد كل اختصار يمكنك مواصلة الكتابة. ما تكتبه يُحفظ مسودةً حتى تضغط Enter، حتى لو أُغلق التطبيق.',
    questions: 'أسئلة السياسات',
  },
};
