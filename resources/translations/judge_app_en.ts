<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdvanceDialog</name>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="52" />
        <source>晋级名单：%1</source>
        <translation>Advancing: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="53" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="53" />
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="53" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="54" />
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="54" />
        <location filename="../../judge_app/gui/advance_dialog.py" line="80" />
        <source>晋级</source>
        <translation>Advances</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="56" />
        <source>报名到下一轮（%1）</source>
        <translation>Enrol in the next round (%1)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="57" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="64" />
        <source>此赛项没有晋级规则</source>
        <translation>This event has no advancement rule</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="67" />
        <source>每组前 %1 名</source>
        <translation>top %1 of each group</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="69" />
        <source>总分不低于 %1</source>
        <translation>total at least %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="70" />
        <source>晋级规则：</source>
        <translation>Advancement: </translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="70" />
        <source>且</source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="71" />
        <source>；晋级至 %1</source>
        <translation>; to %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/advance_dialog.py" line="95" />
        <source>已报名到 %1：新增 %2 人，更新 %3 人，未变 %4 人</source>
        <translation>Enrolled in %1: %2 added, %3 updated, %4 unchanged</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="115" />
        <source>申诉处理</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="174" />
        <source>赛项：</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="176" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="176" />
        <source>选手</source>
        <translation>Contestant</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="176" />
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="176" />
        <source>申诉内容</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="176" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="177" />
        <source>仲裁组意见</source>
        <translation>Arbitration opinion</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="177" />
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="178" />
        <source>选手：</source>
        <translation>Contestant:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="179" />
        <source>申诉内容（书面申诉的要点）</source>
        <translation>Appeal (the points of the written appeal)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="180" />
        <source>登记申诉</source>
        <translation>Register appeal</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="181" />
        <source>裁决…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="182" />
        <source>登记比赛结束…</source>
        <translation>Record end of event…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="183" />
        <source>申诉时限从比赛结束时起算（裁判长或组委会登记）</source>
        <translation>The appeal deadline counts from the end of the event (recorded by the chief judge or the organiser)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="230" />
        <source>（逾期受理）</source>
        <translation> (accepted late)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="232" />
        <source>（逾期）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="232" />
        <source>登记在先，之后登记的结束时间使其超过时限</source>
        <translation>Registered first; the end of event recorded afterwards puts it past the deadline</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="248" />
        <source>比赛结束时间尚未登记；登记后开始计算申诉时限（%1 小时）</source>
        <translation>End of event not recorded yet; the appeal deadline (%1 h) starts once it is</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="249" />
        <source>比赛结束：%1　申诉截止：%2（时限 %3 小时）</source>
        <translation>Event ended: %1   Appeals until: %2 (%3 h)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="291" />
        <source>申诉已登记，编号 %1</source>
        <translation>Appeal registered, no. %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="298" />
        <source>逾期申诉</source>
        <translation>Late appeal</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="300" />
        <source>仲裁组同意逾期受理时，请写明理由（记入申诉登记和审计日志）。</source>
        <translation>If the arbitration group accepts it late, write down why (kept with the appeal and in the audit log).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="301" />
        <source>逾期受理</source>
        <translation>Accept late</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="67" />
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="154" />
        <source>成绩包</source>
        <extracomment>Milliseconds between two looks at the watch folder (a file is taken when stable over two).</extracomment>
        <translation>Score packages</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="147" />
        <source>成绩包到达情况</source>
        <translation>Score package arrivals</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="148" />
        <source>监视文件夹：</source>
        <translation>Watch folder:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="149" />
        <source>U 盘或共享文件夹</source>
        <translation>USB stick or shared folder</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="150" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="151" />
        <source>停止监视</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="151" />
        <source>开始监视</source>
        <translation>Start watching</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="152" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="154" />
        <source>赛项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="154" />
        <source>模块</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="154" />
        <source>裁判</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="154" />
        <source>最近导出</source>
        <translation>Last exported</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="155" />
        <source>已有分数</source>
        <translation>Scores held</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="155" />
        <source>缺少的选手</source>
        <translation>Contestants missing</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="157" />
        <source>冲突（请裁判长处理）</source>
        <translation>Conflicts (for the chief judge)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="158" />
        <source>导入记录</source>
        <translation>Import log</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="159" />
        <source>处理冲突…</source>
        <translation>Resolve conflict…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="161" />
        <source>打开评委包…</source>
        <translation>Open judge kit…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="161" />
        <source>导出成绩包…</source>
        <translation>Export score package…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="161" />
        <source>导入成绩包…</source>
        <translation>Import score packages…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="162" />
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="164" />
        <source>制作评委包(&amp;K)…</source>
        <translation>Make judge &amp;kits…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="217" />
        <source>本机录入</source>
        <translation>Typed here</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="219" />
        <source>未到</source>
        <translation>Not arrived</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="215" />
        <source>已到 %1 个</source>
        <translation>%1 arrived</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="230" />
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="268" />
        <source>冲突已处理，保存为第 %1 版</source>
        <translation>Conflict resolved, saved as revision %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="284" />
        <source>选择监视文件夹</source>
        <translation>Choose the watch folder</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="291" />
        <source>请先选择一个存在的文件夹</source>
        <translation>Please choose an existing folder first</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="315" />
        <source>未写完，等待</source>
        <translation>Incomplete, waiting</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="353" />
        <source>打开评委包</source>
        <translation>Open judge kit</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="353" />
        <source>评委包 (*%1)</source>
        <translation>Judge kits (*%1)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="356" />
        <source>本机评分文件保存为</source>
        <translation>Save this laptop's score file as</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="357" />
        <source>比赛文件 (*.judge)</source>
        <translation>Contest files (*.judge)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="374" />
        <source>已建立裁判 %1 的评分文件</source>
        <translation>Score file of judge %1 created</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="380" />
        <source>正在建立评分文件…</source>
        <translation>Creating the score file…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="383" />
        <source>成绩包导出到（U 盘或共享文件夹）</source>
        <translation>Export the score package to (USB stick or shared folder)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="388" />
        <source>成绩包已写入 %1</source>
        <translation>Score package written to %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="392" />
        <source>导入成绩包</source>
        <translation>Import score packages</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="393" />
        <source>成绩包 (*%1)</source>
        <translation>Score packages (*%1)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="315" />
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="400" />
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="315" />
        <location filename="../../judge_app/gui/pages/arrivals_page.py" line="400" />
        <source>已拒绝</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="23" />
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="70" />
        <source>分数</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="70" />
        <source>名单导入</source>
        <translation>Roster import</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="70" />
        <source>选手状态与用时</source>
        <translation>Status and times</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="71" />
        <source>抽签</source>
        <translation>Lot draw</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="71" />
        <source>模块提交与锁定</source>
        <translation>Submit and lock</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="71" />
        <source>解密、公示与定稿</source>
        <translation>Unseal, publish, finalise</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="72" />
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="72" />
        <source>人员导入</source>
        <translation>People import</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="72" />
        <source>评委包</source>
        <translation>Judge kits</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="73" />
        <source>成绩包</source>
        <translation>Score packages</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="73" />
        <source>成绩包冲突</source>
        <translation>Package conflicts</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="73" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="74" />
        <source>比赛文件与备份</source>
        <translation>Contest file and backups</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="74" />
        <source>评分标准</source>
        <translation>Marking scheme</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="74" />
        <source>比赛信息</source>
        <translation>Contest info</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="75" />
        <source>扣罚分</source>
        <translation>Penalties</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="75" />
        <source>票数</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="75" />
        <source>加赛</source>
        <translation>Play-offs</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="76" />
        <source>复核</source>
        <translation>Recheck</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="76" />
        <source>并列警告</source>
        <translation>Tie warnings</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="76" />
        <source>申诉</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="77" />
        <source>评分备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="77" />
        <source>重评请求</source>
        <translation>Re-mark requests</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="77" />
        <source>晋级</source>
        <translation>Advances</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="78" />
        <source>审计封印</source>
        <translation>Audit seals</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="78" />
        <source>封印口令</source>
        <translation>Seal passphrase</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="78" />
        <source>文件升级</source>
        <translation>File upgrades</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="82" />
        <source>赛项(&amp;E)：</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="83" />
        <source>操作人(&amp;P)：</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="84" />
        <source>操作(&amp;A)：</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="85" />
        <source>姓名或编号</source>
        <translation>name or ID</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="86" />
        <source>校验(&amp;V)…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="87" />
        <source>核对审计链、它记录的数据和封印：文件是否被改动</source>
        <translation>Check the audit chain, the data it logs and the seals: whether the file was altered</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="88" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="88" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="88" />
        <source>操作人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="88" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="89" />
        <source>对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="89" />
        <source>原值 → 新值</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="89" />
        <source>说明</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="91" />
        <source>备份(&amp;B)…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="92" />
        <source>把比赛文件复制一份到备份文件夹或 U 盘（比赛进行中也可以）</source>
        <translation>Copy the contest file into the backups folder or onto a USB stick (also while the contest runs)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="133" />
        <location filename="../../judge_app/gui/pages/audit_page.py" line="142" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="171" />
        <source>共 %1 条</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/audit_page.py" line="173" />
        <source>，只显示最近 %1 条：请用上面的筛选缩小范围</source>
        <translation>, only the latest %1 shown: narrow them down with the filters above</translation>
    </message>
</context>
<context>
    <name>AuditVerifyDialog</name>
    <message>
        <location filename="../../judge_app/gui/audit_verify_dialog.py" line="34" />
        <source>校验审计日志</source>
        <translation>Verify the audit log</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/audit_verify_dialog.py" line="39" />
        <source>校验核对：审计链是否完整、每个分值和状态是否与日志记录一致、文件是否被旧副本替换；输入封印口令时还核对封印（有人重算审计链也能发现）。</source>
        <translation>Verifying checks that the audit chain is whole, that every value and state matches the log, and that the file was not replaced by an older copy; with the seal passphrase it also checks the seals (a recomputed chain is found too).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/audit_verify_dialog.py" line="46" />
        <source>不输入则不核对封印</source>
        <translation>leave empty to skip the seals</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/audit_verify_dialog.py" line="49" />
        <source>封印口令：</source>
        <translation>Seal passphrase:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/audit_verify_dialog.py" line="62" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/audit_verify_dialog.py" line="65" />
        <source>开始校验</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/audit_verify_dialog.py" line="82" />
        <source>正在校验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/audit_verify_dialog.py" line="87" />
        <source>正在校验审计日志（读取整个文件）…</source>
        <translation>Verifying the audit log (reading the whole file)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/audit_verify_dialog.py" line="100" />
        <source>审计日志完整，数据与日志一致：共 %1 条</source>
        <translation>The audit log is whole and the data matches it: %1 entries</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/audit_verify_dialog.py" line="103" />
        <source>发现问题：文件可能被改动（共 %1 条日志，%2 处问题）</source>
        <translation>Problems found: the file may have been altered (%1 entries, %2 problems)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/audit_verify_dialog.py" line="109" />
        <source>注意：</source>
        <translation>Note: </translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../judge_app/gui/background.py" line="250" />
        <source>正在处理，请稍候…</source>
        <extracomment>busyChanged(True) only for work still pending after this long: a 3 ms save flashing a status label relaid the status bar and so repainted the whole window on every keystroke what the store warned about during a store job (a failed automatic backup of a saved change) Emitted on the UI thread after each job's callbacks ran (tests and benchmarks wait on it). True once some job has been pending for BUSY_AFTER_MS, False when all are done (a busy indicator in the status bar). (Job, done, total) on the UI thread whenever a ``progress=True`` job reports.</extracomment>
        <translation>Working, please wait…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/background.py" line="254" />
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../judge_app/gui/backup_dialog.py" line="22" />
        <source>备份比赛文件</source>
        <translation>Back up the contest file</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/backup_dialog.py" line="27" />
        <source>在比赛进行中复制比赛文件，请用这里的备份（不要在资源管理器里直接复制：会漏掉最近的评分）。默认存入比赛文件旁的备份文件夹；也可以选 U 盘等其他文件夹。</source>
        <translation>To copy the contest file while the contest runs, use this backup (a copy made in Explorer misses the latest scores). It goes into the backups folder next to the contest file unless you choose another folder, such as a USB stick.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/backup_dialog.py" line="31" />
        <source>备份到：</source>
        <translation>Back up to:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/backup_dialog.py" line="35" />
        <source>备份</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/backup_dialog.py" line="31" />
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/backup_dialog.py" line="44" />
        <source>已备份到：
%1</source>
        <translation>Backed up to:
%1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/backup_dialog.py" line="44" />
        <source>备份完成</source>
        <translation>Backup done</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/backup_dialog.py" line="47" />
        <source>正在备份比赛文件…</source>
        <translation>Backing up the contest file…</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="130" />
        <source>荣誉证书 — %1</source>
        <extracomment>the numbers of each field: (key, lowest, highest)</extracomment>
        <translation>Certificates — %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="131" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="131" />
        <source>横向 x（毫米）</source>
        <translation>Across x (mm)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="131" />
        <source>纵向 y（毫米）</source>
        <translation>Down y (mm)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="132" />
        <source>字号</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="134" />
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="134" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="134" />
        <source>赛项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="135" />
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="135" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="135" />
        <source>颁发单位</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="138" />
        <source>套打（只印文字，用于预印好的证书纸）</source>
        <translation>Pre-printed paper (texts only)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="139" />
        <source>位置是文字距纸张左上角的毫米数。↑/↓ 每次 1 毫米，PageUp/PageDown 每次 10 毫米。先用普通纸印一张，对着证书纸透光比对，再调整。</source>
        <translation>Positions are millimetres from the page's top-left corner. Up/Down move 1 mm, PageUp/PageDown 10 mm. Print one on plain paper, hold it against the certificate paper to the light, then adjust.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="142" />
        <source>赛项尚未解密：预览用示例文字；解密后才能导出和打印证书。</source>
        <translation>The event is not unsealed yet: the preview uses sample text; certificates can be exported and printed after unsealing.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="143" />
        <source>保存位置</source>
        <translation>Save positions</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="144" />
        <source>导出证书 PDF…</source>
        <translation>Export certificates PDF…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="145" />
        <source>打印证书…</source>
        <translation>Print certificates…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="146" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="198" />
        <source>位置已保存到比赛文件</source>
        <translation>Positions saved in the contest file</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="203" />
        <source>导出证书到文件夹</source>
        <translation>Export certificates to folder</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="210" />
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="233" />
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/certificate_dialog.py" line="237" />
        <source>缺字提示</source>
        <translation>Missing characters</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="42" />
        <source>解密前核查</source>
        <translation>Checks before unsealing</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="172" />
        <source>赛项：</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="173" />
        <source>复核</source>
        <translation>Recheck</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="173" />
        <source>评分完整性</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="173" />
        <source>并列与加赛</source>
        <translation>Ties and play-offs</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="175" />
        <source>抽取复核名单</source>
        <translation>Draw the recheck list</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="177" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="177" />
        <source>抽取原因</source>
        <translation>Why drawn</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="177" />
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="177" />
        <source>裁判</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="177" />
        <source>原值</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="178" />
        <source>复核值</source>
        <translation>Recheck value</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="178" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="179" />
        <source>显示原值（核对模式）</source>
        <translation>Show stored values (confirmation mode)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="180" />
        <source>复核值：</source>
        <translation>Recheck value:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="181" />
        <source>录入</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="182" />
        <source>确认无误</source>
        <translation>Confirm correct</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="183" />
        <source>更正为复核值…</source>
        <translation>Correct to the recheck value…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="184" />
        <source>原值正确…</source>
        <translation>Stored value correct…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="185" />
        <source>模块：</source>
        <translation>Section:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="186" />
        <source>并列名次跨越获奖名额界线（须裁判长确认或安排加赛）：</source>
        <translation>Ties across an award boundary (the chief judge confirms or arranges a play-off):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="187" />
        <location filename="../../judge_app/gui/pages/checks_page.py" line="191" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="187" />
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="187" />
        <location filename="../../judge_app/gui/pages/checks_page.py" line="495" />
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="188" />
        <source>确认此提示…</source>
        <translation>Acknowledge this warning…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="189" />
        <source>决胜规则无法分开的并列（可录入加赛成绩作为最后的决胜依据）：</source>
        <translation>Ties the tie-break rules cannot separate (a play-off result can be entered as the last tie-break):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="191" />
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="191" />
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="191" />
        <source>并列选手</source>
        <translation>Tied entrants</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="192" />
        <source>录入加赛成绩…</source>
        <translation>Enter play-off results…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="246" />
        <source>已解密：复核已不能再做</source>
        <translation>Names unsealed: the recheck can no longer be done</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="248" />
        <source>全部模块已锁定，尚未解密：可以复核</source>
        <translation>All sections locked, names still sealed: the recheck can be done</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="250" />
        <source>还有模块未锁定：锁定全部模块后才能抽取复核名单</source>
        <translation>Some sections are not locked: lock them all before drawing the recheck list</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="266" />
        <source>默认：每组前 10 名全部复核，其余随机抽取 15%；差错超过 5% 则整个赛项全部复核。</source>
        <translation>Default: the top 10 of every group are all rechecked, 15% of the others drawn at random; above 5% errors the whole event is rechecked.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="271" />
        <source>种子 %1 · 复核 %2 份评分表 · 已查 %3/%4 个分值 · 不符 %5 个（%6%，上限 %7%）</source>
        <translation>Seed %1 · %2 score sheets rechecked · %3/%4 values checked · %5 differ (%6%, limit %7%)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="276" />
        <source> —— 差错超过上限：整个赛项全部复核</source>
        <translation> — errors above the limit: recheck the whole event</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="278" />
        <source> —— %1 处差异待裁判长处理</source>
        <translation> — %1 difference(s) for the chief judge to settle</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="280" />
        <source> —— 复核完成</source>
        <translation> — recheck complete</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="293" />
        <source>待复核</source>
        <translation>To recheck</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="320" />
        <source>须由他人复核</source>
        <translation>to be rechecked by someone else</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="336" />
        <source>正在抽取复核名单…</source>
        <translation>Drawing the recheck list…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="337" />
        <source>复核名单已抽取，种子 %1</source>
        <translation>Recheck list drawn, seed %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="348" />
        <source>%1 %2：%3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="367" />
        <source>更正分数</source>
        <translation>Correct score</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="368" />
        <source>把 %1 “%2”（裁判 %3）由 %4 更正为 %5。请写明依据（如：原始评分表）。</source>
        <translation>Correct %1 “%2” (judge %3) from %4 to %5. Please give the basis (e.g. the original score sheet).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="371" />
        <source>原值正确</source>
        <translation>Stored value correct</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="372" />
        <source>保留 %1 “%2”（裁判 %3）的原值 %4。请写明理由（如：复核录入有误）。</source>
        <translation>Keep the stored value %4 of %1 “%2” (judge %3). Please give the reason (e.g. the recheck entry was wrong).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="430" />
        <source>缺 %1</source>
        <translation>%1 missing</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="437" />
        <source>全部齐全</source>
        <translation>All complete</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="437" />
        <source>共缺 %1 个分值（悬停查看缺哪些评分项）</source>
        <translation>%1 values missing (hover to see which criteria)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="464" />
        <location filename="../../judge_app/gui/pages/checks_page.py" line="471" />
        <location filename="../../judge_app/gui/pages/checks_page.py" line="504" />
        <source>不分组</source>
        <translation>No group</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="465" />
        <source>已确认：%1</source>
        <translation>Acknowledged: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="465" />
        <source>未确认</source>
        <translation>Not acknowledged</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="491" />
        <source>确认并列跨越名额界线</source>
        <translation>Acknowledge a tie across an award boundary</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="492" />
        <source>请写明处理意见（如：经裁判长确认，并列者均获该奖项；或：已安排加赛）。</source>
        <translation>Please write the decision (e.g. confirmed by the chief judge, all tied entrants get the award; or: a play-off is arranged).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="503" />
        <source>%1 %2：%3 并列第 %4 名</source>
        <translation>%1 %2: %3 tied for place %4</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/checks_page.py" line="517" />
        <source>已保存 %1 的加赛成绩</source>
        <translation>Play-off results of %1 saved</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="34" />
        <source>处理冲突</source>
        <extracomment>What the dialog decides: the value to keep (None clears the cell).</extracomment>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="39" />
        <source>赛项：</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="40" />
        <source>检录号：</source>
        <translation>Entry code:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="41" />
        <source>评分项：</source>
        <translation>Criterion:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="42" />
        <source>裁判：</source>
        <translation>Judge:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="43" />
        <source>版本：</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="45" />
        <source>同一版本收到了不同的分数。请核对原始评分表后选择要保留的分数：</source>
        <translation>The same revision arrived with different scores. Check the original score sheet and choose the score to keep:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="51" />
        <source>清除此分数</source>
        <translation>Clear this score</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="53" />
        <source>（当前保存的）</source>
        <translation> (currently stored)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="55" />
        <source>其他分数：</source>
        <translation>Another score:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="58" />
        <source>例如 8.5</source>
        <translation>e.g. 8.5</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="60" />
        <source>理由（必填，记入审计日志）：</source>
        <translation>Reason (required, kept in the audit log):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/conflict_dialog.py" line="66" />
        <source>保存决定</source>
        <translation>Save decision</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../judge_app/gui/controller.py" line="75" />
        <source>正在打开比赛文件…</source>
        <extracomment>(event id, t0) when a score change was committed at the UI: for timing the ranking update the change record (judge_app.app.changes.Changes) of every store job that wrote something: a merge, an import, a correction ... whoever asked for it; pages refresh what it touches what the store warned about during a job: a change saved, but its automatic backup failed</extracomment>
        <translation>Opening the contest file…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/controller.py" line="129" />
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/controller.py" line="154" />
        <source>正在读取评分表…</source>
        <translation>Loading the score sheet…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/controller.py" line="197" />
        <location filename="../../judge_app/gui/controller.py" line="216" />
        <source>正在计算成绩…</source>
        <translation>Computing results…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/controller.py" line="236" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/controller.py" line="251" />
        <source>正在锁定并备份…</source>
        <translation>Locking and backing up…</translation>
    </message>
</context>
<context>
    <name>CorrectionsPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="39" />
        <source>撤回与更正</source>
        <translation>Withdraw &amp; correct</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="75" />
        <source>公示</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="77" />
        <source>已公示的成绩需要更正时（如申诉成立）：先撤回公示，再由裁判长解锁模块修改，锁定后重新公示。定稿后不能撤回。公示、定稿在“审核与锁定”页。</source>
        <translation>To correct published results (e.g. an upheld appeal): withdraw the publication, let the chief judge unlock and correct the section, lock it and publish again. A final event cannot be withdrawn. Publish and finalise are on the Review &amp; lock page.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="79" />
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="84" />
        <source>赛项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="79" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="80" />
        <source>撤回公示…</source>
        <translation>Withdraw publication…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="81" />
        <source>待处理的重评请求</source>
        <translation>Open re-mark requests</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="82" />
        <source>裁判长发出的重评请求在评委重新评分前一直有效；请求有误时可在这里撤回。</source>
        <translation>A re-mark request stays open until the judge marks again; withdraw a mistaken request here.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="84" />
        <source>选手编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="84" />
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="84" />
        <source>评委</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="84" />
        <source>提出时间</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="84" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="85" />
        <source>撤回重评请求…</source>
        <translation>Withdraw request…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="104" />
        <source>已公示</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="104" />
        <source>已定稿</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="104" />
        <source>未公示</source>
        <translation>Not published</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="151" />
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="157" />
        <source>撤回公示</source>
        <translation>Withdraw publication</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="152" />
        <source>撤回“%1”的公示后，大屏幕不再显示它，成绩可以解锁更正，更正后须重新公示。请写明撤回原因：</source>
        <translation>After withdrawing the publication of “%1” the leaderboard no longer shows it and its sections can be unlocked and corrected; publish it again afterwards. Reason for withdrawing:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="156" />
        <source>已撤回“%1”的公示</source>
        <translation>Publication of “%1” withdrawn</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="164" />
        <source>撤回重评请求</source>
        <translation>Withdraw re-mark request</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="165" />
        <source>撤回对评委 %1 的重评请求（选手 %2）？请写明原因：</source>
        <translation>Withdraw the re-mark request to judge %1 (contestant %2)? Reason:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="170" />
        <source>已撤回重评请求</source>
        <translation>Re-mark request withdrawn</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/corrections_page.py" line="171" />
        <source>撤回请求</source>
        <translation>Withdraw request</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../judge_app/gui/dialogs.py" line="103" />
        <source>程序出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/dialogs.py" line="107" />
        <source>程序遇到了意外错误。已保存的分数不会丢失。
请点“复制详细信息”，把内容发给技术支持，然后继续工作或重新打开程序。</source>
        <translation>The program hit an unexpected error. Saved scores are not lost.
Click “Copy details”, send them to support, then carry on or restart the program.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/dialogs.py" line="115" />
        <source>复制详细信息</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="40" />
        <source>申诉裁决</source>
        <translation>Appeal decision</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="45" />
        <source>申诉不成立</source>
        <translation>Appeal rejected</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="46" />
        <source>申诉成立</source>
        <translation>Appeal upheld</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="55" />
        <source>申诉成立时必填：改动了哪些分数或名次</source>
        <translation>Required when upheld: which scores or ranks changed</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="56" />
        <source>结论：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="57" />
        <source>仲裁组意见：</source>
        <translation>Arbitration opinion:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="58" />
        <source>处理结果：</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="59" />
        <source>记录裁决</source>
        <translation>Record decision</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../judge_app/gui/dialogs.py" line="52" />
        <source>无法完成操作</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/dialogs.py" line="67" />
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/dialogs.py" line="74" />
        <source>注意</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/dialogs.py" line="256" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/dialogs.py" line="257" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="77" />
        <source>登记比赛结束时间</source>
        <translation>Record end of event</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="85" />
        <source>结束时间：</source>
        <translation>Ended at:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="93" />
        <source>已登记为 %1；更改须写明原因</source>
        <translation>Recorded as %1; a change needs a reason</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="94" />
        <source>更改原因：</source>
        <translation>Reason for the change:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/appeals_page.py" line="95" />
        <source>登记</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../judge_app/gui/event_dialog.py" line="44" />
        <location filename="../../judge_app/gui/event_dialog.py" line="53" />
        <source>添加赛项</source>
        <translation>Add event</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_dialog.py" line="44" />
        <source>保存组别</source>
        <translation>Save groups</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_dialog.py" line="53" />
        <source>组别 — %1</source>
        <translation>Groups — %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_dialog.py" line="54" />
        <source>赛项名称：</source>
        <translation>Event name:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_dialog.py" line="54" />
        <source>赛项编号：</source>
        <translation>Event id:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_dialog.py" line="54" />
        <source>参赛对象：</source>
        <translation>Who competes:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_dialog.py" line="55" />
        <source>组别：</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_dialog.py" line="57" />
        <source>可不填：与名称相同</source>
        <translation>Optional: the same as the name</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_dialog.py" line="58" />
        <source>如：职工组、学生组（空着为不分组）</source>
        <translation>e.g. Workers, Students (empty: no groups)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_dialog.py" line="59" />
        <source>新赛项先有一个模块“实际操作”和一个评分项，添加后在评分标准页修改。</source>
        <translation>A new event starts with one practical section and one criterion; change them on the scheme page after adding it.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_dialog.py" line="60" />
        <source>各组别分别排名、评奖。已有选手的组别不能删除或改名。</source>
        <translation>Each group is ranked and awarded separately. A group that has entries cannot be removed or renamed.</translation>
    </message>
</context>
<context>
    <name>EventRulesDialog</name>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="101" />
        <source>赛项规则：%1</source>
        <translation>Event rules: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="102" />
        <source>并列处理：</source>
        <translation>Tie-breaks:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="102" />
        <source>关键评分项：</source>
        <translation>Key criteria:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="102" />
        <source>合格线：</source>
        <translation>Pass mark:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="103" />
        <source>模块合格线：</source>
        <translation>Section pass marks:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="103" />
        <source>申诉时限（小时）：</source>
        <translation>Appeal deadline (hours):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="105" />
        <source>总分相同时依次比较，用顿号分隔：%1</source>
        <translation>Compared in turn when totals are equal, separated by 、: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="106" />
        <source>并列时依次比较的评分项编号，用顿号分隔</source>
        <translation>Criterion ids compared in turn on a tie, separated by 、</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="107" />
        <source>总分低于此分不获奖（可空）</source>
        <translation>No award below this total (optional)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="108" />
        <source>模块=分数，多个用顿号分隔，如 理论知识=60、实际操作=60</source>
        <translation>section=mark, several separated by 、, e.g. 理论知识=60、实际操作=60</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="109" />
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="110" />
        <source>称号（技术能手等）</source>
        <translation>Titles (技术能手 etc.)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="111" />
        <source>奖项（从高到低；每个奖项只填名额、比例、名次至、其余全部中的一项）：</source>
        <translation>Awards (highest first; give each award exactly one of places, percent, down to rank, the rest):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="112" />
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="117" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="112" />
        <source>名额</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="112" />
        <source>比例（%）</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="113" />
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="117" />
        <source>名次至</source>
        <translation>Down to rank</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="113" />
        <source>其余全部</source>
        <translation>The rest</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="113" />
        <source>最低总分</source>
        <translation>Minimum total</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="114" />
        <source>添加奖项</source>
        <translation>Add award</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="115" />
        <source>删除所选奖项</source>
        <translation>Remove selected award</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="116" />
        <source>称号按名次授予，可另设合格线（如 技术能手：名次 1 至 3，各模块不低于 60 分）：</source>
        <translation>Titles go by rank, with pass marks of their own if needed (e.g. 技术能手: ranks 1 to 3, every section at least 60):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="117" />
        <source>名次从</source>
        <translation>Rank from</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="118" />
        <source>合格线</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="118" />
        <source>模块合格线</source>
        <translation>Section pass marks</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="119" />
        <source>添加称号</source>
        <translation>Add title</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="120" />
        <source>删除所选称号</source>
        <translation>Remove selected title</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="214" />
        <source>：模块合格线“%1”应写成 模块=分数，如 理论知识=60</source>
        <translation>: section pass mark “%1” should read section=points, e.g. 理论知识=60</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="237" />
        <source>模块合格线“%1”应写成 模块=分数，如 理论知识=60</source>
        <translation>Section pass mark "%1" should be written section=mark, e.g. 理论知识=60</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="85" />
        <source>确定</source>
        <extracomment>Award tier columns: JSON key, and whether the cell is a whole number. Title (技术能手 …) columns, the same way; section_pass_marks is 模块=分数 text.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="238" />
        <source>奖项第 %1 行</source>
        <translation>Award row %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="200" />
        <source>：缺少名称</source>
        <translation>: name missing</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="210" />
        <source>：“其余全部”应为“是”或空着</source>
        <translation>: "The rest" should be 是 or empty</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="220" />
        <source>：“%1”应为%2</source>
        <translation>: "%1" should be %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="221" />
        <source>整数</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="221" />
        <source>数字</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="234" />
        <source>并列处理“%1”应为 %2 中的一项</source>
        <translation>Tie-break "%1" should be one of %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="239" />
        <source>称号第 %1 行</source>
        <translation>Title row %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="246" />
        <source>合格线“%1”应为数字</source>
        <translation>Pass mark "%1" should be a number</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/event_rules_dialog.py" line="253" />
        <source>申诉时限“%1”应为小时数</source>
        <translation>Appeal deadline "%1" should be a number of hours</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../judge_app/gui/folder_field.py" line="27" />
        <source>浏览(&amp;W)…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
</context>
<context>
    <name>HandLotsDialog</name>
    <message>
        <location filename="../../judge_app/gui/pages/hand_lots_dialog.py" line="33" />
        <source>登记现场抽签（检录号）</source>
        <translation>Lots drawn by hand (check-in numbers)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/hand_lots_dialog.py" line="33" />
        <source>登记现场抽签（工位号）</source>
        <translation>Lots drawn by hand (station numbers)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/hand_lots_dialog.py" line="36" />
        <source>赛项“%1”：按抽签顺序填写每名选手抽到的号（1 到 %2，不能重复）。</source>
        <translation>Event “%1”: type the number each contestant drew, in this order (1 to %2, each once).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/hand_lots_dialog.py" line="37" />
        <source>赛项“%1”：按检录号填写每个检录号抽到的工位号的序号（1 到 %2，不能重复）。</source>
        <translation>Event “%1”: type the station number each check-in number drew (1 to %2, each once).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/hand_lots_dialog.py" line="41" />
        <location filename="../../judge_app/gui/pages/hand_lots_dialog.py" line="42" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/hand_lots_dialog.py" line="41" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/hand_lots_dialog.py" line="41" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/hand_lots_dialog.py" line="42" />
        <source>检录号</source>
        <translation>Entry code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/hand_lots_dialog.py" line="42" />
        <source>抽到的号</source>
        <translation>Number drawn</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/hand_lots_dialog.py" line="66" />
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/hand_lots_dialog.py" line="87" />
        <source>还有 %1 行没有填</source>
        <translation>%1 rows still empty</translation>
    </message>
</context>
<context>
    <name>KitMakeDialog</name>
    <message>
        <location filename="../../judge_app/gui/kit_make_dialog.py" line="25" />
        <source>制作评委包</source>
        <translation>Make judge kits</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_make_dialog.py" line="29" />
        <source>为每名勾选的裁判制作一个评委包（评委U盘包），裁判在评分笔记本上用“文件→打开评委包”打开，并在那时设置自己的 PIN。评委包含该裁判的签名密钥，请当面交给本人。</source>
        <translation>Makes a kit for each judge ticked. The judge opens it on the scoring laptop with File → Open judge kit and sets their own PIN then. A kit holds the judge's signing key: hand it over in person.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_make_dialog.py" line="44" />
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_make_dialog.py" line="47" />
        <source>U 盘或文件夹</source>
        <translation>USB stick or folder</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_make_dialog.py" line="50" />
        <source>制作</source>
        <translation>Make</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_make_dialog.py" line="44" />
        <source>评委包保存到</source>
        <translation>Save the kits to</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_make_dialog.py" line="65" />
        <source>评委包已制作</source>
        <translation>Kits made</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_make_dialog.py" line="66" />
        <source>已制作 %1 个评委包，保存在：
%2

%3</source>
        <translation>%1 kits made, saved in:
%2

%3</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_make_dialog.py" line="68" />
        <source>正在制作评委包…</source>
        <translation>Making the kits…</translation>
    </message>
</context>
<context>
    <name>KitPinDialog</name>
    <message>
        <location filename="../../judge_app/gui/kit_pin_dialog.py" line="24" />
        <source>设置本机登录 PIN</source>
        <translation>Set your PIN on this laptop</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_pin_dialog.py" line="27" />
        <source>评委包 %1 将在本机建立您的评分文件。
请为自己设置登录 PIN（4–8 位数字），以后在本机凭它登录评分。</source>
        <translation>The judge kit %1 creates your score file on this laptop.
Please choose your login PIN (4–8 digits); you log in with it to score on this laptop.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_pin_dialog.py" line="40" />
        <source>PIN：</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_pin_dialog.py" line="41" />
        <source>再输入一次：</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_pin_dialog.py" line="47" />
        <source>建立并登录</source>
        <translation>Create and log in</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_pin_dialog.py" line="60" />
        <source>PIN 应为 4–8 位数字</source>
        <translation>A PIN is 4 to 8 digits</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/kit_pin_dialog.py" line="62" />
        <source>两次输入的 PIN 不一致</source>
        <translation>The two PINs differ</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="39" />
        <source>缺考</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="40" />
        <source>弃赛</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="41" />
        <source>取消资格</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="47" />
        <source>客观</source>
        <translation>measured</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="48" />
        <source>主观</source>
        <translation>judgement</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="49" />
        <source>扣分</source>
        <translation>deduction</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="55" />
        <source>选手</source>
        <translation>Contestant</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="56" />
        <source>团队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="57" />
        <location filename="../../judge_app/gui/labels.py" line="68" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="58" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="59" />
        <source>建议</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="60" />
        <source>候选人</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="67" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="69" />
        <source>团队名称</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="70" />
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="71" />
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="72" />
        <source>所属单位</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="73" />
        <source>负责人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="74" />
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="75" />
        <source>建议名称</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="76" />
        <source>建议人</source>
        <translation>Proposer(s)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="77" />
        <source>建议类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="78" />
        <source>工种/行业</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="85" />
        <source>去掉一个最高分和一个最低分后取平均</source>
        <translation>Mean without the highest and the lowest</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="86" />
        <source>去掉%1个最高分和%1个最低分后取平均</source>
        <translation>Mean without the %1 highest and %1 lowest</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="87" />
        <source>取平均</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="87" />
        <source>取中位数</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="92" />
        <source>四舍五入</source>
        <translation>Round half up</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/labels.py" line="93" />
        <source>四舍六入五成双 (GB/T 8170)</source>
        <translation>Round half even (GB/T 8170)</translation>
    </message>
</context>
<context>
    <name>LeaderboardWindow</name>
    <message>
        <location filename="../../judge_app/gui/leaderboard.py" line="144" />
        <source>成绩榜</source>
        <translation>Leaderboard</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/leaderboard.py" line="145" />
        <source>F11 全屏 / 退出全屏　Esc 退出全屏</source>
        <translation>F11 full screen on/off   Esc leave full screen</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/leaderboard.py" line="229" />
        <source>尚无公示的成绩</source>
        <translation>No published results yet</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/leaderboard.py" line="232" />
        <source>　成绩</source>
        <translation>  results</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../judge_app/gui/dialogs.py" line="243" />
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../judge_app/gui/login.py" line="31" />
        <location filename="../../judge_app/gui/login.py" line="52" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/login.py" line="43" />
        <source>PIN 或口令</source>
        <translation>PIN or passphrase</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/login.py" line="44" />
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/login.py" line="45" />
        <source>PIN：</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/login.py" line="92" />
        <source>请在 %1 秒后重试</source>
        <translation>Try again in %1 s</translation>
    </message>
</context>
<context>
    <name>LotsPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="40" />
        <location filename="../../judge_app/gui/pages/lots_page.py" line="191" />
        <source>抽签</source>
        <translation>Lot draw</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="106" />
        <source>赛项：</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="107" />
        <source>第一次抽签（检录号）</source>
        <translation>First draw (entry codes)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="108" />
        <source>工位号前缀：</source>
        <translation>Workstation prefix:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="109" />
        <source>第二次抽签（工位号）</source>
        <translation>Second draw (workstations)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="110" />
        <source>登记现场抽签(&amp;H)</source>
        <translation>Drawn by &amp;hand</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="111" />
        <source>在台上手工抽签后，把每人抽到的号填进表格</source>
        <translation>After lots were drawn by hand on stage, type the number each one drew into a table</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="112" />
        <source>检录号（第一次）…</source>
        <translation>Check-in numbers (first draw)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="113" />
        <source>工位号（第二次）…</source>
        <translation>Station numbers (second draw)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="114" />
        <source>检录号</source>
        <translation>Entry code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="114" />
        <source>工位号</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="114" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="114" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="150" />
        <source>尚未抽签。第一次抽签给每名选手一个检录号；第二次抽签给每个检录号一个工位号。每次抽签的种子都会记录，凭种子可以复现抽签结果。</source>
        <translation>No lots drawn yet. The first draw gives every contestant an entry code; the second gives every entry code a workstation number. The seed of every draw is recorded: it reproduces the draw.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="159" />
        <source>%1 · 种子 %2 · %3 · 抽签人 %4 · %5 条</source>
        <translation>%1 · seed %2 · %3 · drawn by %4 · %5 lines</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="160" />
        <source>无（现场抽签）</source>
        <translation>none (drawn by hand)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="161" />
        <source>（已加密）</source>
        <translation>(sealed)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="185" />
        <source>正在抽签…</source>
        <translation>Drawing lots…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="207" />
        <source>正在登记抽签…</source>
        <translation>Recording the draw…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="213" />
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="243" />
        <location filename="../../judge_app/gui/pages/lots_page.py" line="248" />
        <source>加密裁判口令</source>
        <translation>Secretary's passphrase</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="249" />
        <source>第二次抽签的对照表和种子将用您的口令加密保存，解密时须输入此口令或恢复码。请设置口令（至少 10 个字符且含字母），自行保管。</source>
        <translation>The table and the seed of the second draw are stored encrypted with your passphrase; unsealing needs it or the recovery code. Set a passphrase (at least 10 characters with letters) and keep it yourself.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="243" />
        <source>第二次抽签已加密，重新抽签须输入加密裁判的口令或恢复码。</source>
        <translation>The second draw is sealed: drawing again needs the secretary's passphrase or the recovery code.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="253" />
        <source>现场抽签已登记</source>
        <translation>Lots drawn by hand recorded</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="254" />
        <source>抽签完成，种子 %1</source>
        <translation>Lots drawn, seed %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="257" />
        <source>恢复码：%1

请立即打印本次抽签的对照表并抄下恢复码，一同密封保存。忘记口令时，凭恢复码也可以解密。</source>
        <translation>Recovery code: %1

Print this draw's table now and write down the recovery code; seal both in the envelope. Without the passphrase, the recovery code also unseals.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="259" />
        <source>第二次抽签已加密</source>
        <translation>The second draw is sealed</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="235" />
        <location filename="../../judge_app/gui/pages/lots_page.py" line="237" />
        <location filename="../../judge_app/gui/pages/lots_page.py" line="244" />
        <source>重新抽签</source>
        <translation>Draw again</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/lots_page.py" line="236" />
        <source>该赛项已经抽过签。重新抽签会替换现有编号（记录保留，并记入审计日志）。确定重新抽签吗？</source>
        <translation>Lots were already drawn for this event. Drawing again replaces the numbers (the record is kept and audited). Draw again?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="157" />
        <source>比赛文件夹</source>
        <translation>Contests folder</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="345" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="346" />
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="347" />
        <source>账户(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="348" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="349" />
        <source>语言 / Language</source>
        <translation>Language / 语言</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="350" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="351" />
        <source>新建比赛(&amp;N)…</source>
        <translation>&amp;New contest…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="352" />
        <source>建立新的比赛文件（名称、主办单位、日期，可同时导入评分标准）</source>
        <translation>Create a new contest file (name, organiser, date, optionally its marking scheme)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="353" />
        <source>打开比赛文件(&amp;O)…</source>
        <translation>&amp;Open contest file…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="354" />
        <source>打开一个比赛文件（同一文件只能在一处打开）</source>
        <translation>Open a contest file (a file can be open in one place only)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="355" />
        <source>关闭比赛文件(&amp;C)</source>
        <translation>&amp;Close contest file</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="356" />
        <source>打开演示比赛(&amp;D)</source>
        <translation>Open &amp;demo contest</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="357" />
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="358" />
        <source>登录(&amp;L)…</source>
        <translation>&amp;Log in…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="359" />
        <source>选择姓名并输入 PIN 登录</source>
        <translation>Pick your name and type your PIN</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="360" />
        <source>注销(&amp;O)</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="361" />
        <source>设置封印口令(&amp;S)…</source>
        <translation>&amp;Seal passphrase…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="362" />
        <source>裁判长或监督设置封印口令：锁定、公示和定稿时用它封存审计记录</source>
        <translation>Chief judge or supervisor: set the seal passphrase that seals the audit record at locks, publications and finalisations</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="363" />
        <source>大屏幕成绩榜(&amp;B)</source>
        <translation>Projector &amp;board</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="364" />
        <source>在投影仪上显示已公布赛项的成绩（F11 全屏）</source>
        <translation>Show published results on a projector (F11 full screen)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="365" />
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="379" />
        <source>网络共享文件夹：回滚日志模式</source>
        <translation>Network share: rollback-journal mode</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="382" />
        <source>未打开比赛文件</source>
        <translation>No contest file open</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="384" />
        <source>未登录</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="385" />
        <source>职工技能竞赛评分</source>
        <translation>Skills Contest Judging</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="392" />
        <source>打开比赛文件</source>
        <translation>Open contest file</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="414" />
        <source>无法新建比赛</source>
        <translation>Cannot create the contest</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="415" />
        <source>正在建立比赛文件…</source>
        <translation>Creating the contest file…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="426" />
        <source>已打开 %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="442" />
        <source>比赛文件正在别处使用</source>
        <translation>Contest file in use elsewhere</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="446" />
        <source>无法打开比赛文件</source>
        <translation>Cannot open the contest file</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="451" />
        <location filename="../../judge_app/gui/main_window.py" line="456" />
        <source>比赛文件已损坏</source>
        <translation>Contest file damaged</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="454" />
        <source>比赛文件 %1 已损坏，无法打开。

最近的备份是：
%2

要把这个备份复制为新的比赛文件并打开吗？（损坏的文件保持不动。）</source>
        <translation>The contest file %1 is damaged and cannot be opened.

The latest backup is:
%2

Copy this backup to a new contest file and open it? (The damaged file is left as it is.)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="457" />
        <source>打开备份</source>
        <translation>Open backup</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="467" />
        <source>正在建立演示比赛…</source>
        <translation>Building the demo contest…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="496" />
        <source>找不到该语言的翻译文件。</source>
        <translation>The translation file for this language is missing.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="516" />
        <source>职工技能竞赛现场评分 %1
离线运行，数据只保存在比赛文件中。</source>
        <translation>On-site judging for workers' skills contests %1
Runs offline; data is kept only in the contest file.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="517" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="546" />
        <source>更改已保存，但自动备份失败：无法在备份文件夹 %1 中写入备份（%2）。

请腾出磁盘空间或检查文件夹权限，然后用“文件→备份”（Ctrl+B）再备份一次。</source>
        <translation>The change is saved, but the automatic backup failed: no backup could be written into the backup folder %1 (%2).

Free some disk space or check the folder's permissions, then back up again with File → Backup (Ctrl+B).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="552" />
        <source>已保存，但有问题</source>
        <translation>Saved, with a problem</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="555" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>NewContestDialog</name>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="38" />
        <source>新建比赛</source>
        <translation>New contest</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="42" />
        <source>比赛的全部数据（名单、评分、审核）都保存在一个比赛文件中。评分标准可以现在导入，也可以以后在“评分标准”页导入。</source>
        <translation>Everything of a contest (roster, scores, review) is kept in one contest file. The marking scheme can be imported now or later on the Marking scheme page.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="49" />
        <source>例：2026 年县职工职业技能大赛</source>
        <translation>e.g. 2026 County Workers' Skills Contest</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="53" />
        <source>例：县总工会</source>
        <translation>e.g. County Federation of Trade Unions</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="59" />
        <source>比赛名称：</source>
        <translation>Contest name:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="60" />
        <source>主办单位：</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="61" />
        <source>比赛日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="66" />
        <source>另选位置…</source>
        <translation>Choose location…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="69" />
        <source>比赛文件：</source>
        <translation>Contest file:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="72" />
        <source>可不选：以后再导入</source>
        <translation>Optional: import it later</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="74" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="77" />
        <source>保存评分标准模板…</source>
        <translation>Save scheme template…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="79" />
        <source>保存一个 Excel 模板（第一页为填写说明，附示例），填好后在这里选择它</source>
        <translation>Save an Excel template (instructions on the first sheet, with an example); fill it in, then choose it here</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="81" />
        <source>评分标准：</source>
        <translation>Marking scheme:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="87" />
        <source>建立比赛</source>
        <translation>Create contest</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="113" />
        <source>请填写比赛名称</source>
        <translation>Please enter the contest name</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="116" />
        <source>请选择比赛文件的位置</source>
        <translation>Please choose where the contest file goes</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="118" />
        <source>文件 %1 已存在：不会覆盖。请换一个文件名，或用“打开比赛文件”打开它。</source>
        <translation>The file %1 already exists and will not be overwritten. Choose another name, or open it with “Open contest file”.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="120" />
        <source>文件夹 %1 不存在</source>
        <translation>The folder %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="122" />
        <source>日期请写成 2026-11-25 的形式</source>
        <translation>Write the date like 2026-11-25</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="125" />
        <source>找不到评分标准文件 %1</source>
        <translation>Marking-scheme file %1 not found</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="137" />
        <source>比赛文件保存到</source>
        <translation>Save the contest file as</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="145" />
        <source>选择评分标准</source>
        <translation>Choose the marking scheme</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="153" />
        <source>评分标准模板.xlsx</source>
        <translation>scheme-template.xlsx</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="154" />
        <source>保存评分标准模板</source>
        <translation>Save the marking-scheme template</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="159" />
        <source>正在保存模板…</source>
        <translation>Saving the template…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/new_contest_dialog.py" line="164" />
        <source>模板已保存到 %1（附示例）。用 Excel 填好并保存后再点“建立比赛”。</source>
        <translation>Template saved to %1 (with an example). Fill it in with Excel, save it, then click “Create contest”.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../judge_app/gui/passphrase_dialog.py" line="37" />
        <source>口令：</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/passphrase_dialog.py" line="39" />
        <source>再输入一次：</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/passphrase_dialog.py" line="45" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/passphrase_dialog.py" line="59" />
        <source>口令至少 %1 个字符且含字母</source>
        <translation>The passphrase needs at least %1 characters, letters among them</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/passphrase_dialog.py" line="61" />
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases differ</translation>
    </message>
</context>
<context>
    <name>PenaltyDialog</name>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="80" />
        <source>扣罚分 — %1</source>
        <translation>Penalties — %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="81" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="81" />
        <source>模块</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="81" />
        <location filename="../../judge_app/gui/penalty_dialog.py" line="85" />
        <source>扣分</source>
        <translation>deduction</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="81" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="82" />
        <source>编号：</source>
        <translation>No.:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="82" />
        <source>模块：</source>
        <translation>Section:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="82" />
        <source>扣分：</source>
        <translation>Points:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="82" />
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="84" />
        <source>如：未戴安全帽（必填，记入审计日志）</source>
        <translation>e.g. no safety helmet (required, audited)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="86" />
        <source>撤销所选扣分…</source>
        <translation>Take back the selected penalty…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="87" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="119" />
        <location filename="../../judge_app/gui/penalty_dialog.py" line="125" />
        <source>撤销扣分</source>
        <translation>Take back the penalty</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/penalty_dialog.py" line="120" />
        <source>撤销 %1 的扣 %2 分（%3）？请写明撤销原因：</source>
        <translation>Take back the %2-point penalty of %1 (%3)? Give the reason:</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="44" />
        <source>裁判与评分组</source>
        <translation>Judges and panels</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="124" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="124" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="124" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="124" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="125" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="126" />
        <source>登记或修改（选中表中一人可修改其姓名、角色、单位、PIN）</source>
        <translation>Register or change (select a person in the table to change name, role, unit, PIN)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="127" />
        <source>编号：</source>
        <translation>No.:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="127" />
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="127" />
        <source>角色：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="127" />
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="128" />
        <source>PIN：</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="130" />
        <source>裁判的工作单位：同单位的选手由其回避，不给其评分</source>
        <translation>The judge's own unit: entries of that unit are recused from them (not theirs to score)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="131" />
        <source>裁判 4–8 位数字；裁判长、加密裁判、管理员为至少 8 位含字母的口令；留空则不改</source>
        <translation>Judges: 4–8 digits; chief judge, secretary, organiser: a passphrase of 8 or more characters with letters; leave empty to keep</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="132" />
        <source>尚未登记设有口令（PIN）的管理员：请先登记管理员（可以是您自己）并设置口令。没有管理员，重新打开比赛文件后只有裁判能登录，无人能管理本比赛。</source>
        <translation>No organiser with a passphrase (PIN) is registered: register the organiser (it can be you) with one first. Without an organiser only judges can log in after the file is reopened, and nobody can manage the contest.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="133" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="136" />
        <source>评分组</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="137" />
        <source>勾选本模块评分组的裁判（只有裁判和裁判长可以进入评分组；不勾选任何人则任何裁判都可评分）。</source>
        <translation>Tick the judges of this section's panel (only judges and chief judges can be on a panel; with nobody ticked any judge may score).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="138" />
        <source>保存评分组</source>
        <translation>Save panel</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="157" />
        <source>已设置</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="157" />
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="201" />
        <source>（未登记：请先登记此人）</source>
        <translation>(not registered: register this person first)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="240" />
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/people_page.py" line="252" />
        <source>评分组已保存</source>
        <translation>Panel saved</translation>
    </message>
</context>
<context>
    <name>PlayoffDialog</name>
    <message>
        <location filename="../../judge_app/gui/playoff_dialog.py" line="35" />
        <source>录入加赛成绩</source>
        <translation>Enter play-off results</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/playoff_dialog.py" line="41" />
        <source>请录入每位并列选手的加赛成绩（高者列前），一起保存。</source>
        <translation>Enter the play-off result of every tied entrant (higher ranks first); they are saved together.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/playoff_dialog.py" line="53" />
        <source>全部保存</source>
        <translation>Save all</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="48" />
        <source>打印/导出</source>
        <translation>Print/Export</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="98" />
        <source>赛项：</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="99" />
        <source>生成并预览 PDF</source>
        <translation>Make and preview PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="100" />
        <location filename="../../judge_app/gui/pages/print_page.py" line="107" />
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="101" />
        <location filename="../../judge_app/gui/pages/print_page.py" line="108" />
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="102" />
        <location filename="../../judge_app/gui/pages/print_page.py" line="108" />
        <source>导出 JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="103" />
        <source>荣誉证书(&amp;Z)…</source>
        <translation>Certificates (&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="104" />
        <source>调整证书上各项文字的位置，预览、保存，导出或打印所选赛项的荣誉证书</source>
        <translation>Adjust where each text goes on the certificate, preview and save it, and export or print the chosen event's certificates</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="105" />
        <source>已生成的文件（双击预览）：</source>
        <translation>Files made (double-click to preview):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="106" />
        <source>已完成 %v / %m 个文件</source>
        <translation>%v / %m files done</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="107" />
        <source>打印成绩汇总表(&amp;P)…</source>
        <translation>&amp;Print result sheet…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="212" />
        <source>成绩汇总表</source>
        <translation>Result sheet</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="212" />
        <source>获奖名单</source>
        <translation>Award list</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="212" />
        <source>评分表</source>
        <translation>Score sheets</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="213" />
        <source>抽签记录表</source>
        <translation>Lot draw record</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="213" />
        <source>成绩单</source>
        <translation>Transcripts</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="213" />
        <source>单位奖牌榜</source>
        <translation>Medal table by unit</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="214" />
        <source>成绩分布图</source>
        <translation>Score histogram</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="214" />
        <source>表彰名单</source>
        <translation>Commendation list</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="215" />
        <source>年度成绩表</source>
        <translation>Season sheet</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="216" />
        <source>荣誉证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="230" />
        <source>全部赛项</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="262" />
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="273" />
        <source>加密裁判口令</source>
        <translation>Secretary's passphrase</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="274" />
        <source>第二次抽签已加密：打印完整的抽签记录表（含工位号）须输入加密裁判的口令或恢复码。</source>
        <translation>The second draw is sealed: printing the whole draw record (with the station numbers) needs the secretary's passphrase or the recovery code.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="275" />
        <source>生成</source>
        <translation>Build</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="324" />
        <source>导出到文件夹</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="336" />
        <source>已导出 {0} 个文件</source>
        <translation>{0} files exported</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/print_page.py" line="341" />
        <source>缺字提示</source>
        <translation>Missing characters</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../judge_app/gui/print_preview.py" line="74" />
        <source>打印预览 - {0}</source>
        <translation>Print preview - {0}</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/print_preview.py" line="91" />
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/print_preview.py" line="92" />
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/print_preview.py" line="96" />
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/print_preview.py" line="98" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/print_preview.py" line="99" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/print_preview.py" line="100" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/print_preview.py" line="169" />
        <source>第 {0} / {1} 页</source>
        <translation>Page {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/print_preview.py" line="217" />
        <source>无法开始打印</source>
        <translation>Cannot start printing</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/print_preview.py" line="237" />
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../judge_app/gui/ranking_model.py" line="157" />
        <source>名次</source>
        <extracomment>the "who" columns of the event's entry kind, shown when some entry fills them the font bold cells start from (the leaderboard sets its large one) how many times a group was shown (tests and the benchmark wait on it)</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/ranking_model.py" line="157" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/ranking_model.py" line="158" />
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/ranking_model.py" line="158" />
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/ranking_model.py" line="158" />
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/ranking_model.py" line="158" />
        <source>用时</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/ranking_model.py" line="190" />
        <source>成绩未完整，暂定排名</source>
        <translation>Scores incomplete: provisional rank</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/ranking_model.py" line="217" />
        <source>暂定</source>
        <translation>provisional</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="40" />
        <source>实时排名</source>
        <translation>Live ranking</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="114" />
        <source>赛项：</source>
        <extracomment>entries listed, ranked, provisional and not drawn (no code yet) of the shown group</extracomment>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="115" />
        <source>组别：</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="116" />
        <source>* 成绩未完整，暂定排名（评分未全部完成）。点列标题可排序。</source>
        <translation>* Scores incomplete: provisional rank. Click a column title to sort.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="117" />
        <source>晋级名单…</source>
        <translation>Advancing…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="118" />
        <source>按晋级规则列出晋级选手，并可报名到下一轮</source>
        <translation>List who advances by the round's rule, and enrol them in the next round</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="119" />
        <source>参赛状态…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="120" />
        <source>把所选选手标为缺考、弃赛或取消资格（或恢复正常），须写明原因（Ctrl+Shift+S）</source>
        <translation>Mark the selected entry absent, withdrawn or disqualified (or back to competing); a reason is required (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="121" />
        <source>用时…</source>
        <translation>Time…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="122" />
        <source>录入所选选手的用时：分:秒（如 12:34）或秒数（Ctrl+Shift+T）</source>
        <translation>Enter the selected entry's time: m:ss (e.g. 12:34) or seconds (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="179" />
        <source>%1 的参赛状态已保存</source>
        <translation>Status of %1 saved</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="190" />
        <source>%1 的用时已保存</source>
        <translation>Time of %1 saved</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="237" />
        <source>（不分组）</source>
        <translation>(no groups)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="276" />
        <source>尚未抽签：%1 名选手还没有编号，抽签后显示排名</source>
        <translation>Lots not drawn yet: %1 entries have no code; the ranking shows after the draw</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="278" />
        <source>共 %1 名，已排名 %2 名，暂定 %3 名</source>
        <translation>%1 entries, %2 ranked, %3 provisional</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/ranking_page.py" line="281" />
        <source>；另有 %1 名尚未抽签</source>
        <translation>; %1 more not drawn yet</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../judge_app/gui/dialogs.py" line="196" />
        <source>请写明原因（必填，将记入审计日志）</source>
        <translation>Write the reason (required, goes to the audit log)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/dialogs.py" line="200" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RecusalBox</name>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="57" />
        <source>回避（同单位的自动回避；有关联的在此登记）</source>
        <translation>Recusals (a judge of the entry's unit is recused automatically; mark related judges here)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="58" />
        <source>裁判</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="58" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="58" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="58" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="59" />
        <source>编号：</source>
        <translation>No.:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="60" />
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="61" />
        <source>如：师徒关系（必填，记入审计日志）</source>
        <translation>e.g. master and apprentice (required, kept in the audit log)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="89" />
        <source>同单位</source>
        <translation>Same unit</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="89" />
        <source>关联</source>
        <translation>Related</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="89" />
        <source>回避</source>
        <translation>Recused</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="99" />
        <source>登记 %1 回避</source>
        <translation>Recuse %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="99" />
        <source>所选裁判</source>
        <translation>the selected judge</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="100" />
        <source>撤销所选回避…</source>
        <translation>Take back the selected recusal…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="119" />
        <source>撤销回避</source>
        <translation>Take back recusal</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/recusal_box.py" line="120" />
        <source>撤销裁判 %1 对 %2 的回避？请写明原因：</source>
        <translation>Take back the recusal of judge %1 from %2? Give the reason:</translation>
    </message>
</context>
<context>
    <name>RemarkRequestDialog</name>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="60" />
        <source>请求重评</source>
        <translation>Request re-mark</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="63" />
        <source>选手编号：</source>
        <translation>Contestant code:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="64" />
        <source>评分项：</source>
        <translation>Criterion:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="71" />
        <source>裁判：</source>
        <translation>Judge:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="76" />
        <source>例如：分差过大，请复核评分（必填）</source>
        <translation>e.g. spread too large, please check your mark (required)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="77" />
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="78" />
        <source>发送请求</source>
        <translation>Send request</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="125" />
        <source>审核与锁定</source>
        <translation>Review &amp; lock</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="247" />
        <source>赛项：</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="248" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="249" />
        <source>解密（显示姓名）…</source>
        <translation>Unseal (show names)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="250" />
        <location filename="../../judge_app/gui/pages/review_page.py" line="684" />
        <location filename="../../judge_app/gui/pages/review_page.py" line="686" />
        <source>公示</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="251" />
        <location filename="../../judge_app/gui/pages/review_page.py" line="692" />
        <location filename="../../judge_app/gui/pages/review_page.py" line="693" />
        <source>定稿</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="252" />
        <source>&lt;b&gt;模块状态与裁判提交情况&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sections and judges' submissions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="253" />
        <location filename="../../judge_app/gui/pages/review_page.py" line="540" />
        <source>锁定模块</source>
        <translation>Lock section</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="254" />
        <source>解锁…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="255" />
        <source>退回裁判…</source>
        <translation>Return to judge…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="256" />
        <source>扣罚分…</source>
        <translation>Penalties…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="257" />
        <source>&lt;b&gt;裁判偏差&lt;/b&gt;（与评分组平均分之差的平均值）</source>
        <translation>&lt;b&gt;Judge bias&lt;/b&gt; (mean difference from the panel mean)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="258" />
        <source>请求重评…</source>
        <translation>Request re-mark…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="259" />
        <source>确定正确值…</source>
        <translation>Settle value…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="260" />
        <source>评分组对客观项或扣分项的录入不一致时，由裁判长确定正确值（须写明依据）</source>
        <translation>When the panel entered a measurement or deduction differently, the chief judge settles the correct value (grounds required)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="261" />
        <source>分差提示</source>
        <translation>Spread flags</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="262" />
        <source>评分总览（红色为分差过大）</source>
        <translation>All marks (red: spread too large)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="263" />
        <source>模块：</source>
        <translation>Section:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="264" />
        <source>锁定后不能再改分；锁定时自动备份</source>
        <translation>After locking no mark can change; a backup is made when locking</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="265" />
        <source>解锁须写明原因，记入审计日志</source>
        <translation>Unlocking needs a written reason, kept in the audit log</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="340" />
        <source>模块</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="340" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="340" />
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="340" />
        <source>评分组</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="347" />
        <source>开放</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="347" />
        <source>已锁定</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="370" />
        <source>已解密</source>
        <translation>unsealed</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="370" />
        <source>未解密（只显示编号）</source>
        <translation>sealed (codes only)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="372" />
        <source>已公示</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="372" />
        <source>已定稿</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="377" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="377" />
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="377" />
        <source>分差</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="377" />
        <source>各裁判评分</source>
        <translation>Marks by judge</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="393" />
        <source>录入不一致（差 %1）</source>
        <translation>Entries differ (by %1)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="404" />
        <source>共 %1 处分差过大。选中一行后可请求该项的某位裁判重评。</source>
        <translation>%1 spread flag(s). Select a row to ask a judge to re-mark it.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="406" />
        <source>%1 处录入不一致（该项暂无分值），请确定正确值或请求重评；</source>
        <translation>%1 values entered differently (no value yet): settle them or ask for a re-mark; </translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="412" />
        <source>裁判</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="412" />
        <source>平均偏差</source>
        <translation>Mean bias</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="412" />
        <source>评分数</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="451" />
        <source>模块得分</source>
        <translation>Section score</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="464" />
        <source>（去掉）</source>
        <translation>(dropped)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="481" />
        <source>扣分 %1</source>
        <translation>deduction %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="532" />
        <source>锁定“%1”后，任何人都不能再修改该模块的分数（解锁须写明原因）。</source>
        <translation>After locking “%1” nobody can change its marks (unlocking needs a written reason).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="534" />
        <source>注意：以下裁判尚未提交：%1</source>
        <translation>Note: these judges have not submitted: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="549" />
        <source>注意：%1 处录入不一致，锁定后该项没有分值，相关选手的名次为暂定（*）：</source>
        <translation>Note: %1 values were entered differently; once locked they have no value and those entries stay provisional (*):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="553" />
        <source>仍缺 %1 个分值，锁定后相关选手的名次为暂定（*）。</source>
        <translation>%1 values are still missing: once locked, the ranks of the entries concerned are provisional (*).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="556" />
        <source>已锁定“%1”并已备份</source>
        <translation>“%1” locked and backed up</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="542" />
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="557" />
        <source>已锁定“%1”，但备份失败（见提示）</source>
        <translation>“%1” locked, but the backup failed (see the message)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="559" />
        <source>%1 处录入不一致</source>
        <translation>%1 value conflicts</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="583" />
        <source>已确定 %1 “%2” 的正确值</source>
        <translation>Settled the value of %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="592" />
        <source>解锁模块</source>
        <translation>Unlock section</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="593" />
        <source>解锁“%1”须写明原因，原因将记入审计日志：</source>
        <translation>Unlocking “%1” needs a reason; it goes to the audit log:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="595" />
        <source>已解锁“%1”</source>
        <translation>“%1” unlocked</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="596" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="606" />
        <source>“%1”没有已提交的裁判。</source>
        <translation>No judge has submitted “%1”.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="610" />
        <source>退回裁判</source>
        <translation>Return to judge</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="616" />
        <source>裁判：</source>
        <translation>Judge:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="620" />
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="621" />
        <source>重新开放</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="640" />
        <source>已发送重评请求</source>
        <translation>Re-mark request sent</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="655" />
        <source>加密裁判口令</source>
        <translation>Secretary's passphrase</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="656" />
        <source>“%1”的第二次抽签已加密：请加密裁判输入口令，或输入密封信封中的恢复码：</source>
        <translation>The second draw of “%1” is sealed: the secretary types her passphrase, or the recovery code from the sealed envelope:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="657" />
        <location filename="../../judge_app/gui/pages/review_page.py" line="659" />
        <location filename="../../judge_app/gui/pages/review_page.py" line="664" />
        <source>解密</source>
        <translation>Unseal</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="660" />
        <source>解密“%1”后，所有人都能看到编号对应的姓名。只有全部模块锁定后才能解密。请写明解密依据：</source>
        <translation>After unsealing “%1” everybody sees the names behind the codes. Only possible once every section is locked. Write the grounds:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="648" />
        <source>“%1”已解密</source>
        <translation>“%1” unsealed</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="674" />
        <source>封印口令</source>
        <translation>Seal passphrase</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="675" />
        <source>本比赛已设封印口令：锁定、公示和定稿时用它封存审计记录，他人无法伪造。请裁判长或监督输入封印口令：</source>
        <translation>This contest has a seal passphrase: locks, publication and finalisation seal the audit record with it, so nobody else can forge it. The chief judge or supervisor types the seal passphrase:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="685" />
        <source>公示“%1”的成绩？公示后大屏幕可显示，成绩表标“公示稿”。</source>
        <translation>Publish the results of “%1”? The projector board may then show them; sheets are marked “for publication”.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="692" />
        <source>“%1”定稿后成绩表不再带水印。确定？</source>
        <translation>Once “%1” is final the sheets lose the watermark. Go ahead?</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../judge_app/gui/roles.py" line="12" />
        <source>裁判</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roles.py" line="13" />
        <source>裁判长</source>
        <translation>Chief judge</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roles.py" line="14" />
        <source>加密裁判</source>
        <translation>Secretary (key holder)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roles.py" line="15" />
        <source>记分员</source>
        <translation>Scorer</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roles.py" line="16" />
        <source>监督</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roles.py" line="17" />
        <source>管理员</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roles.py" line="24" />
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="61" />
        <source>导入选手名单</source>
        <translation>Import entry list</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="85" />
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="87" />
        <source>下一步：预览</source>
        <translation>Next: preview</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="90" />
        <source>全部导入</source>
        <translation>Import all</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="95" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="125" />
        <source>名单文件的路径</source>
        <translation>Path of the entry list</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="127" />
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="215" />
        <source>选择名单文件</source>
        <translation>Choose the entry list</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="118" />
        <source>选择各单位报来的名单文件（Excel .xlsx、.xls 或 CSV）。程序会自动找到表头行，识别各列的含义，并逐行检查身份证号、重复人员、赛项和组别。有一处错误，整个文件都不会导入。</source>
        <translation>Choose the entry list sent by a unit (Excel .xlsx, .xls or CSV). The header row is found and the columns recognised; every row's ID number, duplicates, event and group are checked. With one error, nothing of the file is imported.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="92" />
        <source>保存问题清单…</source>
        <translation>Save problem list…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="94" />
        <source>把错误和警告（文件、行、列、问题）存为 Excel 或 CSV，发回填表单位改正</source>
        <translation>Save the errors and warnings (file, row, column, problem) as Excel or CSV to send back to the unit for correction</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="141" />
        <source>默认赛项（文件中没有赛项列时）：</source>
        <translation>Default event (when the file has no event column):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="144" />
        <source>（按文件中的赛项列）</source>
        <translation>(from the file's event column)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="176" />
        <source>单击一条问题，上面的预览就跳到那一行</source>
        <translation>Click a problem to show its row in the preview above</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="216" />
        <source>名单 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</source>
        <translation>Entry lists (*.xlsx *.xls *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="226" />
        <source>正在读取名单…</source>
        <translation>Reading the entry list…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="237" />
        <source>正在检查名单…</source>
        <translation>Checking the entry list…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="257" />
        <source>没有找到表头行：请在下面为各列指定含义。</source>
        <translation>No header row found: please choose what each column means below.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="262" />
        <source>表头在第 %1 行（%2）。第一行的下拉框是各列导入为什么，可以修改；修改后立即重新检查。</source>
        <translation>Header in row %1 (%2). The drop-downs in the first row say what each column is imported as; change them and the list is checked again at once.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="274" />
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="349" />
        <source>保存问题清单</source>
        <translation>Save problem list</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="349" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="357" />
        <source>正在保存问题清单…</source>
        <translation>Saving the problem list…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="362" />
        <source>问题清单已保存到 %1</source>
        <translation>Problem list saved to %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="376" />
        <source>无误：可以导入 %1 名选手（读取 %2 行，跳过空行 %3 行、合计行 %4 行）。</source>
        <translation>No errors: %1 contestants can be imported (%2 rows read, %3 empty and %4 total rows skipped).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="378" />
        <source>有 %5 处错误：整个文件不能导入（一条也不会写入）。请改正名单，或修改列的含义后再试。</source>
        <translation>%5 errors: the file cannot be imported (nothing is written). Correct the list, or change what the columns mean, and try again.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="383" />
        <source> 另有 %1 条警告。</source>
        <translation> %1 more warnings.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="402" />
        <source>正在导入名单…</source>
        <translation>Importing the entry list…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/roster_wizard.py" line="413" />
        <source>已导入：新增 %1 名，更新 %2 名，未变 %3 名。</source>
        <translation>Imported: %1 added, %2 updated, %3 unchanged.</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="36" />
        <source>选手名单</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="71" />
        <source>赛项：</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="72" />
        <source>导入名单…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="73" />
        <source>导入选手名单…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="90" />
        <source>名单已导入</source>
        <translation>Roster imported</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="113" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="113" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="113" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="115" />
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="115" />
        <source>代表队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="120" />
        <source>正常</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="132" />
        <source>共 %1 名，参赛 %2 名</source>
        <translation>%1 entries, %2 competing</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/roster_page.py" line="134" />
        <source>。姓名已加密：解密前只显示编号</source>
        <translation>. Names sealed: codes only until unsealed</translation>
    </message>
</context>
<context>
    <name>SchemePage</name>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="64" />
        <source>评分标准</source>
        <translation>Marking scheme</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="202" />
        <source>评分标准（双击或按 F2 修改名称、满分、权重、步长）</source>
        <translation>Scoring scheme (double-click or F2 to change name, maximum, weight, step)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="203" />
        <source>保存评分标准</source>
        <translation>Save scheme</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="204" />
        <source>导入评分标准…</source>
        <translation>Import scheme…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="205" />
        <source>导入评分标准…（Ctrl+I）</source>
        <translation>Import scheme… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="206" />
        <source>从评分标准模板（xlsx）或 JSON 文件导入，替换现有评分标准</source>
        <translation>Import from the scheme template (xlsx) or a JSON file, replacing the current scheme</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="207" />
        <source>本比赛尚未导入评分标准。请点“导入评分标准…”（Ctrl+I），选择填好的评分标准模板（xlsx）或 JSON 文件。</source>
        <translation>This contest has no marking scheme yet. Click “Import scheme…” (Ctrl+I) and choose the filled-in scheme template (xlsx) or a JSON file.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="209" />
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="210" />
        <source>添加赛项…</source>
        <translation>Add event…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="211" />
        <source>添加一个赛项（名称、参赛对象、组别），随后修改它的模块和评分项（Ctrl+Insert）</source>
        <translation>Add an event (name, who competes, groups), then change its sections and criteria (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="212" />
        <source>修改组别…</source>
        <translation>Edit groups…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="213" />
        <source>所选赛项分别排名的组别，如 职工组、学生组</source>
        <translation>The groups the selected event ranks separately, e.g. Workers, Students</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="214" />
        <source>添加模块</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="215" />
        <source>在所选赛项中添加考核模块（Shift+Insert）</source>
        <translation>Add a section to the selected event (Shift+Insert)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="216" />
        <source>添加评分项</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="217" />
        <source>在所选模块中添加评分项（Insert；选中赛项时添加模块）</source>
        <translation>Add a criterion to the selected section (Insert; with an event selected: adds a section)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="218" />
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="219" />
        <source>删除所选模块或评分项（Delete）；已有评分的评分项不能删除</source>
        <translation>Remove the selected section or criterion (Delete); a criterion with scores cannot be removed</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="223" />
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="225" />
        <source>所选项目的设置</source>
        <translation>Settings of the selected item</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="230" />
        <source>并列处理、奖项与合格线…</source>
        <translation>Tie-breaks, awards and pass marks…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="231" />
        <source>赛项的并列处理顺序、关键评分项、奖项名额、称号（技术能手等）、合格线和申诉时限</source>
        <translation>The event's tie-break order, key criteria, award sizes, titles (技术能手 etc.), pass marks and appeal deadline</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="232" />
        <source>小数位数：</source>
        <translation>Decimals:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="232" />
        <source>舍入规则：</source>
        <translation>Rounding:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="233" />
        <source>合成规则：</source>
        <translation>Aggregation rule:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="233" />
        <source>评分项类型：</source>
        <translation>Criterion kind:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="235" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="235" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="235" />
        <source>满分</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="235" />
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="236" />
        <source>步长</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="236" />
        <source>类型 / 合成规则</source>
        <translation>Kind / rule</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="312" />
        <source>投票折算</source>
        <translation>Vote conversion</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="312" />
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="317" />
        <source>模块</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="379" />
        <source>组别：%1</source>
        <translation>Groups: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="379" />
        <source>不分组</source>
        <translation>No group</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="381" />
        <source>在左侧选择赛项、模块或评分项。</source>
        <translation>Select an event, section or criterion on the left.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="434" />
        <source>赛项规则已修改（保存后生效）</source>
        <translation>Event rules changed (take effect when saved)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="457" />
        <source>评分标准有未保存的修改：请先保存或放弃修改。</source>
        <translation>The scheme has unsaved changes: save or discard them first.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="457" />
        <source>请先保存</source>
        <translation>Save first</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="468" />
        <source>已添加赛项“%1”，请修改它的模块和评分项</source>
        <translation>Event “%1” added; now change its sections and criteria</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="471" />
        <source>赛项“%1”的组别已保存</source>
        <translation>Groups of “%1” saved</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="493" />
        <source>新模块</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="497" />
        <source>已添加模块，请填写名称、满分和权重（保存后生效）</source>
        <translation>Section added: fill in its name, maximum and weight (takes effect when saved)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="511" />
        <source>投票模块不设评分项</source>
        <translation>A vote section has no criteria</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="519" />
        <source>已添加评分项（保存后生效）</source>
        <translation>Criterion added (takes effect when saved)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="523" />
        <source>新评分项</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="539" />
        <source>不能删除：评分项 %1 已有评分。删除会让这些分数失去归属；如确需删除，请先清除这些评分，或改为修改名称和满分。</source>
        <translation>Cannot remove: criterion %1 already has scores. Removing it would orphan them; if it really must go, clear those scores first, or rename it and change its maximum instead.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="541" />
        <source>不能删除</source>
        <translation>Cannot remove</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="548" />
        <source>已删除（保存后生效，放弃修改可恢复）</source>
        <translation>Removed (takes effect when saved; Discard changes brings it back)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="570" />
        <source>权重合计（应为 100）：</source>
        <translation>Weights total (must be 100):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="588" />
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="598" />
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="607" />
        <source>导入评分标准</source>
        <translation>Import scheme</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="594" />
        <source>导入“%1”将替换现有评分标准（%2 个赛项）%3。已有评分的评分项必须仍在新标准中，已锁定模块的赛项不能改变。继续吗？</source>
        <translation>Importing “%1” replaces the current scheme (%2 events)%3. Criteria that have scores must stay in the new scheme, and events with a locked section cannot change. Continue?</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="597" />
        <source>，未保存的修改将丢失</source>
        <translation>; unsaved changes will be lost</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="598" />
        <source>导入并替换</source>
        <translation>Import and replace</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="605" />
        <source>成绩表上印的比赛名称是评分标准文件中的“%1”。</source>
        <translation>The sheets print the contest name of the scheme file, “%1”.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="606" />
        <source>已导入评分标准</source>
        <translation>Scheme imported</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="603" />
        <source>已导入评分标准：%1 个赛项（%2）</source>
        <translation>Scheme imported: %1 events (%2)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="610" />
        <source>正在导入评分标准…</source>
        <translation>Importing the scheme…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="621" />
        <source>正在保存评分标准…</source>
        <translation>Saving the scheme…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scheme_page.py" line="621" />
        <source>评分标准已保存</source>
        <translation>Scheme saved</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="357" />
        <source>第二遍：再次录入这一客观项</source>
        <translation>Second pass: type this measurement again</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="359" />
        <source>两遍一致</source>
        <translation>Both passes agree</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="360" />
        <source>两遍不一致：第一遍 %1，第二遍 %2</source>
        <translation>Passes differ: first %1, second %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="376" />
        <source>与评分组的录入不一致：%1。请核对；两者都保存，由裁判长确定正确值</source>
        <translation>Differs from the panel's entry: %1. Please check; both are kept and the chief judge settles the value</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="179" />
        <location filename="../../judge_app/gui/grid_model.py" line="389" />
        <source>%1：%2，不评分</source>
        <translation>%1: %2, not scored</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="177" />
        <location filename="../../judge_app/gui/grid_model.py" line="391" />
        <source>%1：您须回避（同单位或有关联），不由您评分</source>
        <extracomment>(row, column, message) a value was refused at the cell (check_value or the store) a save failed in the store (the cell is back to the stored value) a value (or remark) was confirmed by the store: (code, criterion or "", revision) ask the page to push an undo command: (code, criterion or "" for remark, old, new) a second-pass value was typed (the page updates its mismatch list) (row, column, message) a value was taken but differs from the panel's (shown under the cell) scorer's second pass over measurement criteria: typed values, compared, never saved</extracomment>
        <translation>%1: you are recused (same unit or related); not yours to score</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="181" />
        <source>合计由各项得分自动算出，不能直接填写</source>
        <translation>The total is computed from the items and cannot be typed</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="185" />
        <source>“%1”已锁定，不能再修改</source>
        <translation>“%1” is locked and can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="187" />
        <source>“%1”已提交，不能再修改；需要修改时请裁判长退回</source>
        <translation>“%1” was submitted and can no longer be changed; ask the chief judge to give it back for changes</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="248" />
        <source>回避</source>
        <translation>Recused</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="335" />
        <source>%1 的合计：本评分表各项得分之和（扣分项按满分减去扣分计）</source>
        <translation>Total of %1: the sum of this sheet's points (a deduction counts as the maximum minus the deduction)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="337" />
        <source>还有 %1 项未填</source>
        <translation>%1 items still empty</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="393" />
        <source>选手 %1 的备注（回车保存）</source>
        <translation>Remark on %1 (Enter saves)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="399" />
        <source>扣分项：填写扣去的分数</source>
        <translation>Deduction: type the points deducted</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="401" />
        <source>客观项：一人录入，另一人录入相同数值即为确认</source>
        <translation>Measurement: typed by one judge, confirmed when another types the same value</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="405" />
        <source>已由其他裁判录入：%1</source>
        <translation>Already typed by another judge: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="410" />
        <source>✓ 已保存</source>
        <translation>✓ saved</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="412" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="414" />
        <source>裁判长请求重评：%1</source>
        <translation>Chief judge asks for a re-mark: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="416" />
        <source>不可修改（已提交或已锁定）</source>
        <translation>Cannot change (submitted or locked)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="429" />
        <source>编号 %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="435" />
        <location filename="../../judge_app/gui/grid_model.py" line="440" />
        <location filename="../../judge_app/gui/grid_model.py" line="587" />
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="435" />
        <location filename="../../judge_app/gui/grid_model.py" line="438" />
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="443" />
        <source>扣分</source>
        <translation>deduction</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="443" />
        <source>客观</source>
        <translation>measured</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="444" />
        <source>满分%1 步长%2</source>
        <translation>max %1 step %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/grid_model.py" line="397" />
        <location filename="../../judge_app/gui/grid_model.py" line="449" />
        <source>满分 %1，步长 %2</source>
        <translation>max %1, step %2</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="43" />
        <source>评分</source>
        <extracomment>重做: Ctrl+Y (Windows, shown in the menu and the hint) and Ctrl+Shift+Z (other systems' habit)</extracomment>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="71" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="72" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="73" />
        <source>提交本模块…</source>
        <translation>Submit this section…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="167" />
        <source>赛项：</source>
        <extracomment>the requests the banner lists for (event, judge): kept, marked done, until dismissed, so the grid never moves under the mouse when a re-marked value is saved</extracomment>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="168" />
        <source>录入裁判：</source>
        <translation>Judge's sheet:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="169" />
        <source>第二遍核对客观项</source>
        <translation>Second pass over measurements</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="170" />
        <source>知道了</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="171" />
        <source>全部重评完后关闭此提示</source>
        <translation>Close this note once every re-mark is done</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="173" />
        <source>记分员再录一遍客观项（测量值）：两遍一致为绿色，不一致为红色并列出；第二遍不保存</source>
        <translation>Type the measurements again: agreeing cells turn green, differing ones red and listed; the second pass is not saved</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="175" />
        <source>输入分数后按回车保存并跳到下一项（Tab 也可）；Delete 清除；Ctrl+Z 撤销，Ctrl+Y 重做；Ctrl+回车 提交当前模块。✓ 表示已保存到比赛文件。</source>
        <translation>Type a mark and press Enter (or Tab) to save and move on; Delete clears; Ctrl+Z undo, Ctrl+Y redo; Ctrl+Enter submits the current section. ✓ means saved in the contest file.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="177" />
        <source>回车后向下</source>
        <translation>Enter moves down</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="178" />
        <source>勾选后回车跳到下一名选手的同一项（按列录入）；不勾选则跳到右边的下一项</source>
        <translation>When ticked, Enter goes to the same item of the next entry (column by column); otherwise to the next item on the right</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="223" />
        <source>您不在任何评分组中，没有要评的分。需要时请管理员在「裁判与评分组」页分配。</source>
        <translation>You are on no panel, so there is nothing to score. If you should be, ask the organiser to assign you on the Judges and panels page.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="272" />
        <source>裁判 %1</source>
        <translation>Judge %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="284" />
        <source>提交“%1”…</source>
        <translation>Submit “%1”…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="286" />
        <source>全部评完后提交本模块；提交后如需修改，须裁判长退回</source>
        <translation>Submit the section when every mark is in; after that only the chief judge can return it</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="302" />
        <source>评分中</source>
        <translation>scoring</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="302" />
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="419" />
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="302" />
        <source>已锁定</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="305" />
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="307" />
        <source>（已填 %1 / %2）</source>
        <translation> (%1 / %2 filled)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="324" />
        <source>裁判长请求重评（橙色单元格）：</source>
        <translation>The chief judge asks for a re-mark (orange cells):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="326" />
        <source>　✓ 已重评</source>
        <translation>  ✓ re-marked</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="359" />
        <source>第二遍：已核对 %1 项，还剩 %2 项；不一致 %3 项（红色）。</source>
        <translation>Second pass: %1 checked, %2 to go; %3 differ (red).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="361" />
        <source>  %1 · %2：第一遍 %3，第二遍 %4</source>
        <translation>  %1 · %2: first %3, second %4</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="374" />
        <source>%1 %2：%3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="383" />
        <source>已保存 %1 %2</source>
        <translation>Saved %1 %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="404" />
        <source>还不能提交</source>
        <translation>Cannot submit yet</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="405" />
        <source>“%1”还有 %2 处未评分，请补齐后再提交（双击跳到该格）：</source>
        <translation>“%1” still has %2 empty cell(s); fill them first (double-click to go there):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="413" />
        <source>提交评分</source>
        <translation>Submit marks</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="414" />
        <source>提交“%1”的全部评分？提交后不能再修改，除非裁判长退回。</source>
        <translation>Submit every mark of “%1”? They cannot change afterwards unless the chief judge returns them.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="416" />
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/scoring_page.py" line="419" />
        <source>“%1”已提交。</source>
        <translation>“%1” submitted.</translation>
    </message>
</context>
<context>
    <name>SealSetup</name>
    <message>
        <location filename="../../judge_app/gui/seal_setup.py" line="17" />
        <source>封印口令已设置。</source>
        <translation>The seal passphrase is set.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/seal_setup.py" line="21" />
        <source>设置封印口令</source>
        <translation>Set the seal passphrase</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/seal_setup.py" line="22" />
        <source>锁定、公示和定稿时用封印口令封存审计记录，他人无法伪造。请裁判长或监督设置口令（至少 10 个字符且含字母），自行保管，不要告诉管理员。</source>
        <translation>Locks, publications and finalisations seal the audit record with the seal passphrase, so nobody can forge it. Chief judge or supervisor: set a passphrase (at least 10 characters, with letters), keep it yourself and do not tell the organiser.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/seal_setup.py" line="25" />
        <source>设置</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/seal_setup.py" line="32" />
        <source>更改封印口令</source>
        <translation>Change the seal passphrase</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/seal_setup.py" line="33" />
        <source>本比赛已设封印口令。请先输入原来的封印口令：</source>
        <translation>This contest has a seal passphrase. Type the old seal passphrase first:</translation>
    </message>
</context>
<context>
    <name>SeasonPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="37" />
        <location filename="../../judge_app/gui/pages/season_page.py" line="198" />
        <source>年度成绩</source>
        <translation>Season standings</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="99" />
        <source>年度：</source>
        <translation>Season:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="101" />
        <source>各期成绩按年度规则累计为年度成绩并排名。一票否决：选中项目，选择发生在哪一期和否决事项，写明原因后按回车（Ctrl+Shift+V 到原因框）；被否决的项目保留成绩和名次，不得评年度奖项和称号，名额不顺延。「打印年度成绩表…」生成 PDF 预览打印；Excel、CSV、JSON 在“打印/导出”页导出。</source>
        <translation>Each period's total adds up to the season result by the season's rule, then ranked. Veto: select a project, choose the period it happened in and the kind, type the reason and press Enter (Ctrl+Shift+V goes to the reason box); a vetoed project keeps its result and rank but gets no season award or title, and nobody moves up. “Print the season sheet…” builds a PDF to preview and print; export Excel, CSV or JSON on the Print/Export page.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="104" />
        <source>发生在：</source>
        <translation>Happened in:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="105" />
        <source>事项：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="106" />
        <source>否决原因（必填，记入审计日志）</source>
        <translation>Reason for the veto (required, goes into the audit log)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="107" />
        <source>打印年度成绩表…</source>
        <translation>Print the season sheet…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="108" />
        <source>荣誉证书…</source>
        <translation>Certificates…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="109" />
        <source>年度奖项和称号的荣誉证书（各期都解密后；被一票否决的项目没有证书）</source>
        <translation>Certificates of the season's awards and titles (once every period is unsealed; a vetoed project gets none)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="110" />
        <location filename="../../judge_app/gui/pages/season_page.py" line="199" />
        <source>一票否决</source>
        <translation>Veto</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="111" />
        <source>撤销否决…</source>
        <translation>Take back veto…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="146" />
        <source>评分标准中没有年度（四比一创）。</source>
        <translation>The scheme has no season (a year of periodic assessments).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="191" />
        <source>%1 个项目；一票否决 %2 项</source>
        <translation>%1 entries; %2 vetoes</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="198" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="198" />
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="198" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="199" />
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="199" />
        <source>称号</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="199" />
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="200" />
        <source>暂定</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="200" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="200" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="200" />
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="201" />
        <source>团队名称</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="201" />
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="201" />
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="202" />
        <source>负责人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="202" />
        <source>建议名称</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="202" />
        <source>建议人</source>
        <translation>Proposer(s)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="203" />
        <source>建议类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="203" />
        <source>工种/行业</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="228" />
        <source>已对 %1 一票否决</source>
        <translation>%1 vetoed</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="250" />
        <source>撤销一票否决</source>
        <translation>Take back a veto</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="251" />
        <source>撤销 %1 最近一条一票否决？请写明撤销原因（如复议结论）：</source>
        <translation>Take back the latest veto of %1? Give the reason (e.g. the review's decision):</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="254" />
        <source>已撤销 %1 的一票否决</source>
        <translation>Veto of %1 taken back</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/season_page.py" line="255" />
        <source>撤销否决</source>
        <translation>Take back veto</translation>
    </message>
</context>
<context>
    <name>SettleValueDialog</name>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="91" />
        <source>确定正确值</source>
        <translation>Settle value</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="94" />
        <source>选手编号：</source>
        <translation>Contestant code:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="95" />
        <source>评分项：</source>
        <translation>Criterion:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="98" />
        <source>各裁判录入：</source>
        <translation>Entered:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="104" />
        <source>正确值：</source>
        <translation>Correct value:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="109" />
        <source>例如：按测量记录单（必填）</source>
        <translation>e.g. as on the measurement sheet (required)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="110" />
        <source>依据：</source>
        <translation>Grounds:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/review_page.py" line="111" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="33" />
        <source>参赛状态 — %1</source>
        <translation>Status — %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="40" />
        <source>正常参赛</source>
        <translation>Competing</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="44" />
        <source>如：未到场检录（必填，记入审计日志）</source>
        <translation>e.g. did not check in (required, goes into the audit log)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="45" />
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="46" />
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="48" />
        <source>缺考、弃赛、取消资格的选手不排名、不评奖，列在名单最后并注明。</source>
        <translation>Absent, withdrawn and disqualified entries are not ranked or awarded; they are listed last with the reason.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="52" />
        <source>保存状态</source>
        <translation>Save status</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="72" />
        <source>用时 — %1</source>
        <translation>Time — %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="78" />
        <source>如 12:34（分:秒）或 754（秒）</source>
        <translation>e.g. 12:34 (m:ss) or 754 (seconds)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="79" />
        <source>用时：</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="86" />
        <source>保存用时</source>
        <translation>Save time</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="87" />
        <source>清除用时</source>
        <translation>Clear time</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/entry_dialogs.py" line="111" />
        <source>= %1 秒（%2）</source>
        <translation>= %1 s (%2)</translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="39" />
        <source>公众投票</source>
        <translation>Public vote</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="85" />
        <source>赛项：</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="86" />
        <source>导入票数文件…</source>
        <translation>Import a votes file…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="88" />
        <source>在“票数”列直接输入候选人的得票数（回车保存）；查实刷票的，选中候选人，填写作废票数（该候选人作废票数合计）并写明原因。计票数 = 票数 − 作废票数；投票得分 = 计票数 ÷ 本赛项最高计票数 × 满分。</source>
        <translation>Type a candidate's votes in the Votes column (Enter saves); for votes found rigged, select the candidate, enter the votes voided (the candidate's total voided) and give the reason. Counted = votes − voided; vote score = counted ÷ the event's most counted × the section's maximum.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="90" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="90" />
        <source>票数</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="90" />
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="90" />
        <source>计票</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="91" />
        <source>投票得分</source>
        <translation>Vote score</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="91" />
        <source>作废原因</source>
        <translation>Why voided</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="92" />
        <source>作废票数：</source>
        <translation>Votes voided:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="93" />
        <source>作废刷票…</source>
        <translation>Void rigged votes…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="169" />
        <location filename="../../judge_app/gui/pages/votes_page.py" line="176" />
        <source>作废刷票</source>
        <translation>Void rigged votes</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="170" />
        <source>将候选人 %1 的作废票数定为 %2 票。请写明查实刷票的依据：</source>
        <translation>Set the votes voided of candidate %1 to %2. Give the evidence of the rigging:</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="174" />
        <source>已作废 %1 的 %2 票</source>
        <translation>%2 votes of %1 voided</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="179" />
        <source>选择票数文件</source>
        <translation>Choose a votes file</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="180" />
        <source>票数文件 (*.xlsx *.xls *.csv)</source>
        <translation>Votes files (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/pages/votes_page.py" line="187" />
        <source>已导入 %1 名候选人的票数</source>
        <translation>Votes of %1 candidates imported</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="123" />
        <source>职工技能竞赛现场评分</source>
        <extracomment>Who acts before anybody logged in (opening the file; a contest without registered people). The size the window is designed for (a 1366×768 laptop); smaller screens get it maximised.</extracomment>
        <translation>On-site judging for skills contests</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="125" />
        <source>比赛文件已打开，请登录（Ctrl+L）。</source>
        <translation>The contest file is open: please log in (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="127" />
        <source>请新建或打开比赛文件。评分、排名与审核都保存在这个文件中。</source>
        <translation>Create or open a contest file. Scores, rankings and review are all kept in it.</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="128" />
        <source>登录…</source>
        <translation>Log in…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="129" />
        <source>新建比赛…</source>
        <translation>New contest…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="130" />
        <source>打开比赛文件…</source>
        <translation>Open contest file…</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="131" />
        <source>打开演示比赛</source>
        <translation>Open the demo contest</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="132" />
        <source>在数据文件夹里建立（或重新打开）演示比赛：3 个赛项、60 名选手</source>
        <translation>Build (or reopen) the demo contest in the data folder: 3 events, 60 contestants</translation>
    </message>
    <message>
        <location filename="../../judge_app/gui/main_window.py" line="133" />
        <source>最近打开（双击或回车打开）：</source>
        <translation>Recent files (double-click or Enter to open):</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../judge_app/gui/dialogs.py" line="176" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>