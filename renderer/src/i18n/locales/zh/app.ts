import type { Catalog } from '../../../../../shared/i18n/catalog';
import type { app as en } from '../en/app';

export const app: Catalog<typeof en> = {
  name: 'Session Desk',
  tabs: {
    label: '会议视图',
    capture: '记录',
    timer: '计时',
    report: '报告',
    session: '设置',
  },
  language: {
    label: '语言',
    system: '跟随系统（{{language}}）',
    pseudo: '伪语言（查找未翻译的文字）',
  },
  banner: { retry: '重试', dismiss: '关闭' },
  fallback: {
    tab: '无法显示“{{name}}”视图。您的会议数据安全：没有丢失任何内容，保存仍在进行。',
    statement: '无法呈现这条发言；按输入原样显示其文字。',
  },
  preferences: {
    readFailed: '无法读取您的偏好设置：{{message}}',
    saveFailed: '您的偏好设置未保存：{{message}}',
  },
  field: { incomplete: '内容不完整。请填写完整或清空此栏。' },
  somethingWrong: '出现了问题。',
};
