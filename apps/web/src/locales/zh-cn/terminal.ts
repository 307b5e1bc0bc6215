import type { terminalEn } from '../en/terminal.ts';

export const terminalZhCN: typeof terminalEn = {
  terminal: {
    nav: '终端',
    title: '终端',
    tab: 'Shell',
    empty: '没有打开的终端。请在实例页面打开 Shell。',
    operatorsOnly: '只有运维人员和管理员可以打开 Shell',
    form: {
      runAs: '运行用户',
      runAsPlaceholder: '默认用户（root）',
      commandLine: '命令行',
      commandLinePlaceholder: '登录 Shell',
      open: '打开 Shell',
      invalidUser: '只能包含字母、数字、点、下划线和连字符',
    },
    region: '终端 {{name}}',
    status: {
      connecting: '正在连接',
      connected: '已连接',
      reconnecting: '正在重新连接',
      resumed: '已恢复',
      ended: '已结束：{{reason}}',
    },
    reasons: {
      closed: '已关闭',
      timeout: '连接中断超过一分钟',
    },
    latency: '延迟 {{browser}} · 云端 {{cloud}}',
    milliseconds: '{{value}} 毫秒',
    unknownLatency: '–',
    larger: '放大文字',
    smaller: '缩小文字',
    gpu: 'GPU 渲染',
    split: '分屏',
    closeTab: '关闭终端',
    search: '搜索终端',
    pasting: '正在粘贴 {{percent}}%',
    cancelPaste: '取消粘贴',
    loading: '正在加载终端…',
    openInWorkspace: '在终端页打开',
  },
};
