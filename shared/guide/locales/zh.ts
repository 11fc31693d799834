import type { GuideText } from '../guide';

export const zh: GuideText = {
  title: 'Session Desk 用户指南',
  intro:
    'Session Desk 是多利益攸关方论坛一场会议的工作台：报告员记录发言，主持人掌控计时和舞台屏幕，组织者得到报告。它无需网络即可工作；每场会议都是工作区文件夹中的一个文件。',
  sections: {
    before: {
      heading: '会前',
      items: [
        '{menu:file>newFromPage}（{key:Ctrl+Shift+N}）：粘贴论坛网站上的会议页面。标题、形式、发言人、主持人和政策问题会自动填入；页面中没有的内容会列出来。',
        '检查{tab:session}标签页（{key:Ctrl+Shift+4}）：人员、其角色和议程。',
        '连接舞台显示器，并在{menu:window>stageDisplay}中选择它。{menu:window>stageOnTop}可防止其他窗口遮住它。',
      ],
    },
    during: {
      heading: '会中',
      items: [
        '{tab:capture}（{key:Ctrl+Shift+1}）：输入所说的内容并按 {key:Enter}。{key:Ctrl+1 … Ctrl+9} 选择发言人，{key:Alt+1 … Alt+9} 为发言标记政策问题。{key:F1} 显示所有按键。',
        '{tab:timer}（{key:Ctrl+Shift+2}）：{key:Space} 开始或暂停发言，{key:N} 把发言权交给队列中的下一位，{key:E} 结束发言。{menu:window>stage}（{key:Ctrl+Shift+P}）打开或关闭舞台；舞台显示发言人和剩余时间，时钟下方显示队列中的下一位、当前议程环节和会议结束前的剩余时间，以及会议时区的当前时间。{key:B} 使其黑屏，{key:M} 向其发送消息；新消息会闪烁三次。',
        '一个人既做记录又计时？有人发言或等待时，{tab:capture}标签页会显示计时条：发言人、以舞台颜色显示的剩余时间，以及下一位。',
        '发言进行中或舞台屏幕打开时，显示器不会进入睡眠。',
      ],
    },
    after: {
      heading: '会后',
      items: [
        '{tab:report}（{key:Ctrl+Shift+3}）：在实时预览旁编辑各部分，然后用{menu:file>exportReport}（{key:Ctrl+E}）导出 Word 文档；{tab:report}标签页中的按钮也可将其另存为 Markdown 或会议文件。',
        '{menu:file>exportBrief}（{key:Ctrl+Shift+E}）：组织者简报，包括会议列表中勾选的会议（未勾选时为全部会议），或当前打开的会议。',
      ],
    },
    files: {
      heading: '文件',
      items: [
        '每场会议是工作区中的一个 {code:.session.json} 文件（{menu:file>openWorkspaceFolder}）。文件不论名称都能打开；来自别处的文件（同事的、导出的）可按你的选择复制到工作区或在原处打开（{menu:file>openSessionFile}、{menu:file>importSessionJson}，或双击）。',
        '在会议列表中，会议可以重命名、归档（保留，但在显示归档之前不出现在列表中）或移到系统回收站，随后可立即{ui:sessions:list.undo}（用按钮、{key:Ctrl+Z} 或{menu:edit>undo}）。',
        '每次保存都会作为一个版本保留一段时间：在会议中用{ui:sessions:view.versions}恢复其中一个。',
        '应用一次只运行一个副本；再次打开文件会把正在运行的窗口调到前面。',
      ],
    },
    cli: {
      heading: '不打开窗口',
      items: [
        '{code:session-desk} 命令可在脚本中完成同样的导出：{code:session-desk export ws260.session.json --docx report.docx}。不带参数运行它可查看命令列表。',
      ],
    },
  },
};
