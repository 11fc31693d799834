import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { app as en } from '../en/app';

export const app: Catalog<typeof en> = {
  name: 'Session Desk',
  tabs: {
    label: 'عروض الجلسة',
    capture: 'التدوين',
    timer: 'المؤقّت',
    report: 'التقرير',
    session: 'الإعداد',
  },
  language: {
    label: 'اللغة',
    system: 'لغة النظام ({{language}})',
    pseudo: 'لغة تجريبية (تكشف النص غير المترجم)',
  },
  banner: { retry: 'إعادة المحاولة', dismiss: 'إخفاء' },
  fallback: {
    tab: 'تعذّر عرض قسم {{name}}. جلستك في أمان: لم يُفقد شيء والحفظ مستمر.',
    statement: 'تعذّر عرض هذه المداخلة بتنسيقها؛ يظهر نصها كما كُتب.',
  },
  preferences: {
    readFailed: 'تعذّرت قراءة تفضيلاتك: {{message}}',
    saveFailed: 'لم تُحفظ تفضيلاتك: {{message}}',
  },
  field: { incomplete: 'هذه القيمة غير مكتملة. أكملها أو أفرغ الحقل.' },
  somethingWrong: 'حدث خطأ ما.',
};
