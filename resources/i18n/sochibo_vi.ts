<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CaptionDialog</name>
    <message>
        <source>Evidence description</source>
        <translation>Mô tả minh chứng</translation>
    </message>
</context>
<context>
    <name>CellDialog</name>
    <message>
        <source>Cell details and document style</source>
        <translation>Thông tin chi bộ và mẫu văn bản</translation>
    </message>
    <message>
        <source>The cell&apos;s details are printed in the header, the date line and the signature of every document. The document style follows the current format rules; older practice can be chosen here if the superior committee still asks for it.</source>
        <translation>Thông tin chi bộ được in ở phần đầu, dòng ngày tháng và phần ký của mọi văn bản. Mẫu văn bản theo quy định thể thức hiện hành; nếu cấp ủy cấp trên vẫn yêu cầu cách trình bày cũ thì chọn ở đây.</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Cell name (*):</source>
        <translation>Tên chi bộ (*):</translation>
    </message>
    <message>
        <source>Primary School … Party cell</source>
        <translation>Chi bộ Trường Tiểu học …</translation>
    </message>
    <message>
        <source>Superior committee (*):</source>
        <translation>Cấp ủy cấp trên (*):</translation>
    </message>
    <message>
        <source>Commune … Party committee</source>
        <translation>Đảng bộ xã …</translation>
    </message>
    <message>
        <source>Place (*):</source>
        <translation>Địa danh (*):</translation>
    </message>
    <message>
        <source>Place name printed on the date line, for example: Vĩnh Phong</source>
        <translation>Tên địa danh ghi ở dòng ngày tháng, ví dụ: Vĩnh Phong</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Nhiệm kỳ:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Issuer code (*):</source>
        <translation>Ký hiệu cơ quan ban hành (*):</translation>
    </message>
    <message>
        <source>CB, as in 07-KH/CB</source>
        <translation>CB, như trong 07-KH/CB</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Lề trang:</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Phông chữ:</translation>
    </message>
    <message>
        <source>Line spacing:</source>
        <translation>Giãn dòng:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Write the number as “Số: 07-KH/CB” (older practice)</source>
        <translation>Ghi số văn bản là “Số: 07-KH/CB” (cách cũ)</translation>
    </message>
    <message>
        <source>Write every month with two digits in the date line (tháng 04, not tháng 4)</source>
        <translation>Ghi mọi tháng bằng hai chữ số ở dòng ngày tháng (tháng 04, không phải tháng 4)</translation>
    </message>
    <message>
        <source>Cell secretary:</source>
        <translation>Bí thư chi bộ:</translation>
    </message>
    <message>
        <source>Full name of the cell secretary</source>
        <translation>Họ và tên đồng chí Bí thư</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Commitment</source>
        <translation>Bản cam kết</translation>
    </message>
    <message>
        <source>My own shortcomings:</source>
        <translation>Hạn chế, khuyết điểm của bản thân:</translation>
    </message>
    <message>
        <source>Remedies:</source>
        <translation>Biện pháp khắc phục:</translation>
    </message>
    <message>
        <source>Timeframe:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Goals to reach:</source>
        <translation>Kết quả phấn đấu:</translation>
    </message>
    <message>
        <source>Action plan:</source>
        <translation>Kế hoạch hành động:</translation>
    </message>
    <message>
        <source>Personal action plan: one item per line.</source>
        <translation>Kế hoạch hành động cá nhân: mỗi việc một dòng.</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Ngày ký:</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>Năm </translation>
    </message>
    <message>
        <source>Write / edit the commitment…</source>
        <translation>Viết / sửa bản cam kết…</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Membership event</source>
        <translation>Sự kiện của đảng viên</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Sự kiện:</translation>
    </message>
    <message>
        <source>Date (*):</source>
        <translation>Ngày (*):</translation>
    </message>
    <message>
        <source>Disciplinary measure:</source>
        <translation>Hình thức kỷ luật:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Every creation, edit and deletion is recorded with the name of who made it. A deleted item can be brought back with Undo (Ctrl+Z) during the session, or from a backup (File → Restore).</source>
        <translation>Mỗi lần tạo, sửa hoặc xóa đều được ghi lại kèm tên người sửa. Một mục đã xóa có thể lấy lại bằng Hoàn tác (Ctrl+Z) trong phiên làm việc, hoặc từ một bản sao lưu (Tệp → Khôi phục).</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Add meeting</source>
        <translation>Thêm buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Date (*):</source>
        <translation>Ngày (*):</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Minutes (summary):</source>
        <translation>Biên bản tóm tắt:</translation>
    </message>
    <message>
        <source>Conclusions:</source>
        <translation>Kết luận:</translation>
    </message>
    <message>
        <source>New conclusion: who does what, by when…</source>
        <translation>Kết luận mới: ai làm gì, đến khi nào…</translation>
    </message>
    <message>
        <source>Add conclusion</source>
        <translation>Thêm kết luận</translation>
    </message>
    <message>
        <source>Turn into a task…</source>
        <translation>Giao thành nhiệm vụ…</translation>
    </message>
    <message>
        <source>Create a task from the selected conclusion, with its text and dates filled in.</source>
        <translation>Tạo nhiệm vụ từ kết luận đang chọn, điền sẵn nội dung và ngày.</translation>
    </message>
    <message>
        <source>14:00</source>
        <translation>14:00</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>đến:</translation>
    </message>
    <message>
        <source>16:30</source>
        <translation>16:30</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Chaired by:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <source>Minutes taken by:</source>
        <translation>Thư ký:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Khách mời:</translation>
    </message>
    <message>
        <source>Name, post; another guest, post</source>
        <translation>Họ tên, chức vụ; khách mời khác, chức vụ</translation>
    </message>
    <message>
        <source>Guests from outside the cell, separated by “;”, as the minutes name them.</source>
        <translation>Khách mời ngoài chi bộ, cách nhau bằng dấu “;”, ghi như trong biên bản.</translation>
    </message>
    <message>
        <source>Vote on it: in favour</source>
        <translation>Biểu quyết: tán thành</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How many of those present voted for the selected conclusion; “—”: no vote taken.</source>
        <translation>Số đồng chí có mặt tán thành kết luận đang chọn; “—”: không biểu quyết.</translation>
    </message>
    <message>
        <source>of</source>
        <translation>trên</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Who spoke:</source>
        <translation>Ý kiến phát biểu:</translation>
    </message>
    <message>
        <source>What the member said, in a sentence…</source>
        <translation>Ý kiến của đồng chí, ghi gọn trong một câu…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Remove the selected speaker from the minutes.</source>
        <translation>Bỏ ý kiến đang chọn khỏi biên bản.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add member</source>
        <translation>Thêm đảng viên</translation>
    </message>
    <message>
        <source>Full name (*):</source>
        <translation>Họ và tên (*):</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Công việc:</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>Trình độ:</translation>
    </message>
    <message>
        <source>Membership kind:</source>
        <translation>Loại đảng viên:</translation>
    </message>
    <message>
        <source>Admitted on:</source>
        <translation>Ngày vào Đảng:</translation>
    </message>
    <message>
        <source>Full member on:</source>
        <translation>Ngày chính thức:</translation>
    </message>
    <message>
        <source>Role in the committee:</source>
        <translation>Chức vụ trong Chi ủy:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Joined this cell:</source>
        <translation>Vào Chi bộ:</translation>
    </message>
    <message>
        <source>Recorded as the member&apos;s first event: the cell&apos;s figures count the member from that day.</source>
        <translation>Ghi thành sự kiện đầu tiên của đảng viên: số liệu của Chi bộ tính đảng viên từ ngày đó.</translation>
    </message>
</context>
<context>
    <name>MemberReviewDialog</name>
    <message>
        <source>Member&apos;s review</source>
        <translation>Kết quả kiểm điểm của đảng viên</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Mẫu bản kiểm điểm:</translation>
    </message>
    <message>
        <source>General criteria (/30):</source>
        <translation>Nhóm tiêu chí chung (/30):</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <source>Task results (/70):</source>
        <translation>Kết quả thực hiện nhiệm vụ (/70):</translation>
    </message>
    <message>
        <source>Level the member proposes:</source>
        <translation>Đảng viên tự đề xuất:</translation>
    </message>
    <message>
        <source>Committee&apos;s proposal:</source>
        <translation>Chi ủy đề xuất:</translation>
    </message>
    <message>
        <source>Votes for / members voting:</source>
        <translation>Số tán thành / số biểu quyết:</translation>
    </message>
    <message>
        <source>for example 16/17</source>
        <translation>ví dụ 16/17</translation>
    </message>
    <message>
        <source>Level the cell decided:</source>
        <translation>Chi bộ xếp loại:</translation>
    </message>
    <message>
        <source>Level the superior approved:</source>
        <translation>Cấp trên công nhận:</translation>
    </message>
    <message>
        <source>Not rated this year, because:</source>
        <translation>Không xếp loại năm nay, vì:</translation>
    </message>
    <message>
        <source>leave empty when the member is rated</source>
        <translation>để trống khi đảng viên được xếp loại</translation>
    </message>
    <message>
        <source>Committee&apos;s comment:</source>
        <translation>Nhận xét của Chi ủy:</translation>
    </message>
</context>
<context>
    <name>MonthPage</name>
    <message>
        <source>Monthly tracking</source>
        <translation>Theo dõi tháng</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>Năm </translation>
    </message>
    <message>
        <source>◀ Previous period</source>
        <translation>◀ Kỳ trước</translation>
    </message>
    <message>
        <source>Next period ▶</source>
        <translation>Kỳ sau ▶</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <source>Group the tasks by source (shortcoming, topic, conclusion) or by owner.</source>
        <translation>Nhóm các nhiệm vụ theo nguồn (hạn chế, chuyên đề, kết luận) hoặc theo người phụ trách.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon (7 days)</source>
        <translation>Sắp đến hạn (7 ngày)</translation>
    </message>
    <message>
        <source>Done, evidence missing</source>
        <translation>Xong, thiếu minh chứng</translation>
    </message>
    <message>
        <source>Vague owner/deadline/product</source>
        <translation>Chưa rõ người/hạn/sản phẩm</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over to the next period&lt;/b&gt; — for the meeting agenda: unfinished tasks and conclusions of the period not yet turned into tasks (double-click a conclusion to assign a task).</source>
        <translation>&lt;b&gt;Chuyển sang kỳ sau&lt;/b&gt; — đưa vào chương trình sinh hoạt: nhiệm vụ chưa hoàn thành và kết luận của kỳ chưa thành nhiệm vụ (nhấp đúp một kết luận để giao nhiệm vụ).</translation>
    </message>
    <message>
        <source>Record monthly report… (Enter)</source>
        <translation>Ghi báo cáo tháng… (Enter)</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Đính kèm minh chứng…</translation>
    </message>
    <message>
        <source>Edit task…</source>
        <translation>Sửa nhiệm vụ…</translation>
    </message>
    <message>
        <source>Make this period&apos;s report…</source>
        <translation>Lập báo cáo kỳ này…</translation>
    </message>
    <message>
        <source>Open the Reports page with the progress report of the period in view.</source>
        <translation>Mở trang Báo cáo với báo cáo kết quả của kỳ đang xem.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>The period&apos;s tasks with their flags, and its figures, as an Excel workbook.</source>
        <translation>Các nhiệm vụ của kỳ cùng các cờ, và số liệu của kỳ, thành bảng tính Excel.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&lt;h3&gt;To do&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Việc cần làm&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the record. What is dismissed stays hidden until its reason changes.</source>
        <translation>Nhấp đúp hoặc Enter để mở hồ sơ. Mục đã ẩn không hiện lại cho đến khi lý do của nó thay đổi.</translation>
    </message>
    <message>
        <source>Dismiss the selected</source>
        <translation>Ẩn mục đã xem</translation>
    </message>
    <message>
        <source>Show dismissed again</source>
        <translation>Hiện lại các mục đã ẩn</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Record monthly report</source>
        <translation>Ghi báo cáo tháng</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Nhiệm vụ:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Người báo cáo:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Tháng:</translation>
    </message>
    <message>
        <source>year-month, for example 2026-11</source>
        <translation>năm-tháng, ví dụ 2026-11</translation>
    </message>
    <message>
        <source>Work done (*):</source>
        <translation>Đã làm được (*):</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Difficulties:</source>
        <translation>Khó khăn:</translation>
    </message>
    <message>
        <source>Proposals:</source>
        <translation>Đề xuất:</translation>
    </message>
    <message>
        <source>Report date:</source>
        <translation>Ngày báo cáo:</translation>
    </message>
    <message>
        <source>Committee comment:</source>
        <translation>Nhận xét của Chi ủy:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Minh chứng:</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Photos, minutes, products: the files are stored with the report when you press Save.</source>
        <translation>Ảnh, biên bản, sản phẩm: tệp được lưu cùng báo cáo khi bấm Lưu.</translation>
    </message>
</context>
<context>
    <name>ProseDialog</name>
    <message>
        <source>Report wording</source>
        <translation>Lời văn của báo cáo</translation>
    </message>
    <message>
        <source>Use the template text</source>
        <translation>Dùng lại mẫu</translation>
    </message>
    <message>
        <source>Put this section back to the template&apos;s wording.</source>
        <translation>Trả đoạn này về lời văn của mẫu.</translation>
    </message>
    <message>
        <source>Each line is a paragraph; a line starting with “- ” is a bullet. Words in grey brackets, such as [số kỳ sinh hoạt thường kỳ], are filled in from the book when the document is made: keep them, move them, or delete a whole one.</source>
        <translation>Mỗi dòng là một đoạn văn; dòng bắt đầu bằng “- ” là gạch đầu dòng. Chữ xám trong ngoặc vuông, như [số kỳ sinh hoạt thường kỳ], được điền từ sổ khi lập văn bản: giữ nguyên, chuyển chỗ, hoặc xóa cả cụm.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Saving evidence…</source>
        <translation>Đang lưu minh chứng…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Đang lưu “%1”…</translation>
    </message>
    <message>
        <source>(cancelled: the remaining files were not attached)</source>
        <translation>(đã hủy: các tệp còn lại không được đính kèm)</translation>
    </message>
    <message>
        <source>Could not attach:
%1</source>
        <translation>Không đính kèm được:
%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cell book</source>
        <translation>Sổ chi bộ</translation>
    </message>
    <message>
        <source>Create a cell book</source>
        <translation>Tạo sổ chi bộ</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Lưu văn bản</translation>
    </message>
    <message>
        <source>Cell book (*.db)</source>
        <translation>Sổ chi bộ (*.db)</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose evidence files</source>
        <translation>Chọn tệp minh chứng</translation>
    </message>
    <message>
        <source>Backed up to “%1” (%2 new evidence files).</source>
        <translation>Đã sao lưu vào “%1” (%2 tệp minh chứng mới).</translation>
    </message>
    <message>
        <source>The book is intact; %1 evidence files match their hashes.</source>
        <translation>Sổ toàn vẹn; %1 tệp minh chứng đúng mã băm.</translation>
    </message>
    <message>
        <source>%1 problems found:
%2</source>
        <translation>Phát hiện %1 vấn đề:
%2</translation>
    </message>
    <message>
        <source>Word file (*.docx)</source>
        <translation>Tệp Word (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import a member list</source>
        <translation>Nhập danh sách đảng viên</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.ods *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Sổ chi bộ</source>
        <translation>Sổ chi bộ</translation>
    </message>
    <message>
        <source>The book is open read-only (%1): changes are not saved.</source>
        <translation>Sổ đang mở ở chế độ chỉ đọc (%1): thay đổi không được lưu.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>chỉ đọc</translation>
    </message>
    <message>
        <source>Open a cell book</source>
        <translation>Mở sổ chi bộ</translation>
    </message>
    <message>
        <source>Cell book (*.db);;All files (*)</source>
        <translation>Sổ chi bộ (*.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Could not save the picture from the clipboard.</source>
        <translation>Không lưu được ảnh từ bộ nhớ tạm.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Bộ nhớ tạm không có tệp hay ảnh nào để đính kèm.</translation>
    </message>
    <message>
        <source>Select a row to paste the evidence into.</source>
        <translation>Hãy chọn một dòng để dán minh chứng vào.</translation>
    </message>
    <message>
        <source>This page has no table to export. The members, tasks, monthly tracking, meetings, evidence, review (ratings) and overview (figures) pages do.</source>
        <translation>Trang này không có bảng để xuất. Các trang Đảng viên, Nhiệm vụ, Theo dõi tháng, Sinh hoạt, Minh chứng, Kiểm điểm (xếp loại) và Tổng quan (số liệu) có bảng.</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Tệp PDF</translation>
    </message>
    <message>
        <source>JPEG picture</source>
        <translation>Ảnh JPEG</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>Ảnh PNG</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Văn bản Word</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Bảng tính Excel</translation>
    </message>
    <message>
        <source>LibreOffice document</source>
        <translation>Tệp LibreOffice</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Tệp văn bản</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Tệp ghi âm</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Filter this table (diacritics optional, Ctrl+L)…</source>
        <translation>Lọc bảng này (không cần gõ dấu, Ctrl+L)…</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Remediation plan: the year reviewed (the plan after the 2025 review, made in 2026, is year 2025). Thematic plan: the year of the sessions. Self-review: the year reviewed.</source>
        <translation>Kế hoạch khắc phục: năm đã kiểm điểm (kế hoạch sau kiểm điểm năm 2025 lập năm 2026 là năm 2025). Kế hoạch chuyên đề: năm sinh hoạt. Báo cáo kiểm điểm: năm được kiểm điểm.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Month or quarter summarised (of the year above).</source>
        <translation>Tháng hoặc quý được tổng hợp (của năm ở trên).</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Đảng viên:</translation>
    </message>
    <message>
        <source>Task table:</source>
        <translation>Bảng nhiệm vụ:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Who signs the document. The form has the deputy secretary sign monthly and quarterly reports; the secretary can be chosen.</source>
        <translation>Người ký văn bản. Báo cáo tháng, quý do Phó Bí thư ký theo mẫu; có thể chọn Bí thư.</translation>
    </message>
    <message>
        <source>Document date:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>Document number; “automatic” takes the next number in the term&apos;s register.</source>
        <translation>Số văn bản; “tự động” lấy số kế tiếp trong sổ văn bản của nhiệm kỳ.</translation>
    </message>
    <message>
        <source>Edit text…</source>
        <translation>Sửa nội dung…</translation>
    </message>
    <message>
        <source>Edit the document&apos;s paragraphs for this year (strengths, shortcomings, direction…); figures in {{…}} come from the book.</source>
        <translation>Sửa các đoạn văn của văn bản cho năm này (ưu điểm, hạn chế, phương hướng…); số liệu trong {{…}} được lấy từ sổ.</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Thu phóng:</translation>
    </message>
    <message>
        <source>Size of the preview pages.</source>
        <translation>Cỡ hiển thị trang xem trước.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>Record the document in the outgoing register; this number is never given out again.</source>
        <translation>Ghi văn bản vào sổ văn bản đi; số này không cấp lại lần nữa.</translation>
    </message>
    <message>
        <source>Saves the document as PDF; choose “Word file (*.docx)” in the dialog for a Word file.</source>
        <translation>Lưu văn bản dạng PDF; chọn “Tệp Word (*.docx)” trong hộp thoại để lưu tệp Word.</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Lưu tệp Word…</translation>
    </message>
    <message>
        <source>The same document as a Word file (.docx) to correct a sentence or send to the superior committee.</source>
        <translation>Cùng văn bản này dạng tệp Word (.docx), để sửa câu chữ hoặc gửi cấp ủy cấp trên.</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Mở tệp vừa lưu</translation>
    </message>
    <message>
        <source>Opens the file just saved with this computer&apos;s program for it (Word, LibreOffice, a PDF reader).</source>
        <translation>Mở tệp vừa lưu bằng chương trình của máy (Word, LibreOffice, trình đọc PDF).</translation>
    </message>
    <message>
        <source>Issue a new version (new number)</source>
        <translation>Ban hành bản mới (số mới)</translation>
    </message>
    <message>
        <source>A document already in the register reprints with its own number and date. Tick this to issue it again as a new version, with the next free number and the date above.</source>
        <translation>Văn bản đã vào sổ được in lại đúng số và ngày của nó. Đánh dấu ô này để ban hành lại thành bản mới, với số kế tiếp còn trống và ngày ở trên.</translation>
    </message>
    <message>
        <source>Grounds and recipients…</source>
        <translation>Căn cứ và nơi nhận…</translation>
    </message>
    <message>
        <source>The documents received from the superior that this plan cites (“Căn cứ …”), and whom each kind of document is sent to (“Nơi nhận”).</source>
        <translation>Các văn bản cấp trên mà kế hoạch này dẫn làm căn cứ (“Căn cứ …”), và nơi nhận của từng loại văn bản (“Nơi nhận”).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review &amp; remedies</source>
        <translation>Kiểm điểm &amp; khắc phục</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>Năm </translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>2025 form: group 1 up to 30 points, group 2 up to 70 points. Edit the name, maximum and self-assessed points directly.</source>
        <translation>Mẫu 2025: nhóm 1 tối đa 30 điểm, nhóm 2 tối đa 70 điểm. Sửa trực tiếp tên, điểm tối đa và điểm tự chấm.</translation>
    </message>
    <message>
        <source>Edit the name, maximum and self-assessed points directly; the total adds itself up.</source>
        <translation>Sửa trực tiếp tên, điểm tối đa và điểm tự chấm; tổng cộng tự tính.</translation>
    </message>
    <message>
        <source>Add a group 1 criterion</source>
        <translation>Thêm tiêu chí nhóm 1</translation>
    </message>
    <message>
        <source>Add a group 2 criterion</source>
        <translation>Thêm tiêu chí nhóm 2</translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation>Xóa tiêu chí</translation>
    </message>
    <message>
        <source>Proposed rating:</source>
        <translation>Đề xuất xếp loại:</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <translation>Hạn chế, khuyết điểm</translation>
    </message>
    <message>
        <source>Shortcomings found by this year&apos;s review; the remediation plan is made on the Reports page.</source>
        <translation>Hạn chế, khuyết điểm được chỉ ra qua kiểm điểm năm này; kế hoạch khắc phục lập ở trang Báo cáo.</translation>
    </message>
    <message>
        <source>Add shortcoming…</source>
        <translation>Thêm hạn chế…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>The year&apos;s targets: plan and result, printed in the self-review.</source>
        <translation>Các chỉ tiêu của năm: kế hoạch và kết quả thực hiện, in trong báo cáo kiểm điểm.</translation>
    </message>
    <message>
        <source>The table of targets printed in the self-review; edit it directly.</source>
        <translation>Bảng chỉ tiêu in trong báo cáo kiểm điểm; sửa trực tiếp.</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>Inspection, supervision</source>
        <translation>Kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Inspections and supervisions in the year: the self-review counts its figures from here.</source>
        <translation>Các cuộc kiểm tra, giám sát trong năm: số liệu của báo cáo kiểm điểm được đếm từ đây.</translation>
    </message>
    <message>
        <source>Add an inspection or supervision…</source>
        <translation>Thêm cuộc kiểm tra, giám sát…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Phát triển đảng viên</translation>
    </message>
    <message>
        <source>Promising candidates trained, attending the Party introduction class and admitted (dates day/month/year); the self-review counts those who attended the class in the year.</source>
        <translation>Quần chúng ưu tú được bồi dưỡng, học lớp cảm tình Đảng và kết nạp (ngày dạng ngày/tháng/năm); báo cáo kiểm điểm đếm số học lớp trong năm.</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Thêm quần chúng</translation>
    </message>
    <message>
        <source>Members&apos; reviews</source>
        <translation>Kiểm điểm đảng viên</translation>
    </message>
    <message>
        <source>Each member&apos;s year-end review: the form is drafted from the records (tasks, meetings, commitment); record the points, the proposals, the vote and the level the cell decided. Double-click a member to edit.</source>
        <translation>Kiểm điểm cuối năm của từng đảng viên: bản kiểm điểm được soạn sẵn từ sổ (nhiệm vụ, sinh hoạt, cam kết); ghi điểm, đề xuất, kết quả biểu quyết và mức Chi bộ xếp loại. Nhấp đúp vào một đảng viên để sửa.</translation>
    </message>
    <message>
        <source>Edit review…</source>
        <translation>Sửa kết quả kiểm điểm…</translation>
    </message>
    <message>
        <source>Print this member&apos;s form</source>
        <translation>In bản kiểm điểm của đồng chí này</translation>
    </message>
    <message>
        <source>Print all forms</source>
        <translation>In bản kiểm điểm của tất cả</translation>
    </message>
    <message>
        <source>Ratings summary</source>
        <translation>Bảng tổng hợp xếp loại</translation>
    </message>
    <message>
        <source>Use the 2025 form&apos;s criteria</source>
        <translation>Dùng bộ tiêu chí mẫu năm 2025</translation>
    </message>
    <message>
        <source>Six general criteria of 5 points and the task results split in four, 70 points: edit them as the superior committee sets them.</source>
        <translation>Sáu tiêu chí chung, mỗi tiêu chí 5 điểm, và kết quả thực hiện nhiệm vụ chia làm bốn tiêu chí, cộng 70 điểm: sửa lại theo hướng dẫn của cấp ủy cấp trên.</translation>
    </message>
    <message>
        <source>The selected member&apos;s form as drafted from the records; edit its wording on the Reports page (Edit text…).</source>
        <translation>Bản kiểm điểm của đồng chí đang chọn, soạn sẵn từ sổ; sửa lời văn ở trang Báo cáo (Sửa nội dung…).</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>The members&apos; ratings of the year as an Excel workbook.</source>
        <translation>Kết quả xếp loại đảng viên của năm thành bảng tính Excel.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Passage with the words</source>
        <translation>Đoạn có từ tìm</translation>
    </message>
    <message>
        <source>Diacritics are optional: “dang” finds “Đặng”, “đảng”. Exact matches come first. Enter or double-click opens; Esc goes back.</source>
        <translation>Không cần gõ dấu: “dang” tìm được “Đặng”, “đảng”. Kết quả đúng dấu đứng trước. Enter hoặc nhấp đúp để mở; Esc để quay lại.</translation>
    </message>
</context>
<context>
    <name>ShortcomingDialog</name>
    <message>
        <source>Add shortcoming</source>
        <translation>Thêm hạn chế, khuyết điểm</translation>
    </message>
    <message>
        <source>Name (*):</source>
        <translation>Tên (*):</translation>
    </message>
    <message>
        <source>a) Shortcoming:</source>
        <translation>a) Hạn chế, khuyết điểm:</translation>
    </message>
    <message>
        <source>b) Causes:</source>
        <translation>b) Nguyên nhân:</translation>
    </message>
    <message>
        <source>c) Remedies:</source>
        <translation>c) Giải pháp khắc phục:</translation>
    </message>
    <message>
        <source>One remedy per line.</source>
        <translation>Mỗi giải pháp một dòng.</translation>
    </message>
    <message>
        <source>d) Products, evidence:</source>
        <translation>d) Sản phẩm, minh chứng:</translation>
    </message>
    <message>
        <source>đ) Timeframe:</source>
        <translation>đ) Thời gian:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>e) Responsibility:</source>
        <translation>e) Trách nhiệm:</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Add inspection or supervision</source>
        <translation>Thêm cuộc kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Date (*):</source>
        <translation>Ngày (*):</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>Member supervised:</source>
        <translation>Đảng viên được giám sát:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Content, area: task performance, dues collection…</source>
        <translation>Nội dung, lĩnh vực: thực hiện nhiệm vụ, thu chi đảng phí…</translation>
    </message>
    <message>
        <source>Carried out by:</source>
        <translation>Chủ thể thực hiện:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Nhận xét:</translation>
    </message>
    <message>
        <source>Conclusions, recommendations:</source>
        <translation>Kết luận, kiến nghị:</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Assign task</source>
        <translation>Giao nhiệm vụ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Task (*):</source>
        <translation>Nhiệm vụ (*):</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Bắt đầu:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Sản phẩm:</translation>
    </message>
    <message>
        <source>Products and evidence expected</source>
        <translation>Sản phẩm, minh chứng cần có</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Ngày hoàn thành:</translation>
    </message>
    <message>
        <source>Committee comment:</source>
        <translation>Nhận xét của Chi ủy:</translation>
    </message>
    <message>
        <source>Collaborator</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Tick the comrades who work on it together:</source>
        <translation>Đánh dấu các đồng chí phối hợp thực hiện:</translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation>Báo cáo tháng</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add a monthly report&lt;/b&gt; (leave the month empty to add none)</source>
        <translation>&lt;b&gt;Thêm báo cáo tháng&lt;/b&gt; (để trống tháng nếu không thêm)</translation>
    </message>
    <message>
        <source>Report month:</source>
        <translation>Tháng báo cáo:</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Đã làm được:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Difficulties:</source>
        <translation>Khó khăn:</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>Add topic</source>
        <translation>Thêm chuyên đề</translation>
    </message>
    <message>
        <source>Topic name (*):</source>
        <translation>Tên chuyên đề (*):</translation>
    </message>
    <message>
        <source>Focus points:</source>
        <translation>Nội dung trọng tâm:</translation>
    </message>
    <message>
        <source>One focus point per line.</source>
        <translation>Mỗi nội dung trọng tâm một dòng.</translation>
    </message>
    <message>
        <source>Timeframe:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Quarter </source>
        <translation>Quý </translation>
    </message>
    <message>
        <source>Drafted by:</source>
        <translation>Đồng chí dự thảo:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Sản phẩm:</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Thematic topics</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>Năm </translation>
    </message>
    <message>
        <source>The year&apos;s thematic-session plan (Reports page) prints these topics: focus points, timeframe, drafter, products.</source>
        <translation>Kế hoạch sinh hoạt chuyên đề của năm (trang Báo cáo) in các chuyên đề này: nội dung trọng tâm, thời gian, người dự thảo, sản phẩm.</translation>
    </message>
    <message>
        <source>Add topic…</source>
        <translation>Thêm chuyên đề…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::AttendanceTableModel</name>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Dự họp</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::BackupTableModel</name>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Backup size</source>
        <translation>Dung lượng</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::BookActions</name>
    <message>
        <source>Change the cell&apos;s details</source>
        <translation>Sửa thông tin chi bộ</translation>
    </message>
    <message>
        <source>The file “%1” already exists. Choose a new name; an existing book is never overwritten.</source>
        <translation>Tệp “%1” đã có. Hãy chọn một tên mới; sổ cũ không bị ghi đè.</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Open the book read-only to view it?</source>
        <translation>Mở sổ ở chế độ chỉ đọc để xem?</translation>
    </message>
    <message>
        <source>the book is open for writing elsewhere</source>
        <translation>sổ đang được mở để ghi ở nơi khác</translation>
    </message>
    <message>
        <source>There is a backup from %1 (%2). Restore the book from this backup? The current file is kept next to it, not deleted.</source>
        <translation>Có bản sao lưu lúc %1 (%2). Khôi phục sổ từ bản sao lưu này? Tệp hiện tại được giữ lại bên cạnh, không bị xóa.</translation>
    </message>
    <message>
        <source>The book was restored from a backup; the old file is kept as “%1”.</source>
        <translation>Đã khôi phục sổ từ bản sao lưu; tệp cũ được giữ ở “%1”.</translation>
    </message>
    <message>
        <source>Backing up the book and its evidence…</source>
        <translation>Đang sao lưu sổ và minh chứng…</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
        <source>The book was backed up automatically (%1).</source>
        <translation>Đã tự động sao lưu sổ (%1).</translation>
    </message>
    <message>
        <source>Checking the book and recomputing the hash of every evidence file…</source>
        <translation>Đang kiểm tra sổ và tính lại mã băm của mọi tệp minh chứng…</translation>
    </message>
    <message>
        <source>Folder for automatic backups (for example a USB stick)</source>
        <translation>Thư mục cho bản sao lưu tự động (ví dụ một USB)</translation>
    </message>
    <message>
        <source>Automatic backups now go to “%1”.</source>
        <translation>Bản sao lưu tự động từ nay ghi vào “%1”.</translation>
    </message>
    <message>
        <source>Evidence files larger than this are refused (MB):</source>
        <translation>Tệp minh chứng lớn hơn giới hạn này bị từ chối (MB):</translation>
    </message>
    <message>
        <source>There is no backup of this book in “%1” yet.</source>
        <translation>Chưa có bản sao lưu nào của sổ này trong “%1”.</translation>
    </message>
    <message>
        <source>The book is open read-only: cannot restore into this file.</source>
        <translation>Sổ đang mở chỉ đọc: không thể khôi phục vào tệp này.</translation>
    </message>
    <message>
        <source>Restored from “%1”. The book as it was before is kept as “%2”.</source>
        <translation>Đã khôi phục từ “%1”. Sổ trước khi khôi phục được lưu ở “%2”.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::BookBanner</name>
    <message>
        <source>Make the book readable by me only</source>
        <translation>Chỉ cho tôi đọc tệp sổ</translation>
    </message>
    <message>
        <source>Could not change the permissions of the book file.</source>
        <translation>Không đổi được quyền của tệp sổ.</translation>
    </message>
    <message>
        <source>The book is open READ-ONLY: %1. You can view and print; every change is refused.</source>
        <translation>Sổ đang mở ở chế độ CHỈ ĐỌC: %1. Có thể xem và in; mọi thay đổi đều bị từ chối.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>chỉ đọc</translation>
    </message>
    <message>
        <source>Other users of this computer can read the book file, which holds members&apos; personal records.</source>
        <translation>Người dùng khác trên máy này đọc được tệp sổ, trong đó có hồ sơ cá nhân của đảng viên.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::CandidateTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Attended the Party introduction class</source>
        <translation>Học lớp cảm tình Đảng</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Ngày kết nạp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>“%1” is not a date: write day/month/year, for example 12/09/2026.</source>
        <translation>“%1” không phải là ngày: hãy ghi ngày/tháng/năm, ví dụ 12/09/2026.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::CaptionDialog</name>
    <message>
        <source>Description for “%1” (for example: Photo of the training on 12/10):</source>
        <translation>Mô tả cho “%1” (ví dụ: Ảnh buổi tập huấn ngày 12/10):</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::CellDialog</name>
    <message>
        <source>As the rule says: top 20, bottom 20, left 30, right 15 mm</source>
        <translation>Theo quy định: trên 20, dưới 20, trái 30, phải 15 mm</translation>
    </message>
    <message>
        <source>Older practice: top 25, bottom 25, left 35, right 20 mm</source>
        <translation>Cách cũ: trên 25, dưới 25, trái 35, phải 20 mm</translation>
    </message>
    <message>
        <source>Provincial handbook: top 25, bottom 25, left 35, right 15 mm</source>
        <translation>Theo sổ tay của tỉnh: trên 25, dưới 25, trái 35, phải 15 mm</translation>
    </message>
    <message>
        <source>%1 (comes with the program)</source>
        <translation>%1 (kèm theo chương trình)</translation>
    </message>
    <message>
        <source>%1 (not installed on this computer)</source>
        <translation>%1 (máy này chưa cài)</translation>
    </message>
    <message>
        <source>Documents look the same on every computer.</source>
        <translation>Văn bản in ra giống nhau trên mọi máy.</translation>
    </message>
    <message>
        <source>This font is not installed here: documents use the bundled font.</source>
        <translation>Máy này chưa cài phông chữ này: văn bản dùng phông kèm theo chương trình.</translation>
    </message>
    <message>
        <source>This font has CFF outlines: documents print from this window, but sochibo-cli cannot write them. A TrueType font (.ttf), such as Times New Roman, is better.</source>
        <translation>Phông này có nét chữ dạng CFF: in từ cửa sổ chương trình vẫn được, nhưng lệnh sochibo-cli không xuất được. Nên chọn phông TrueType (.ttf), như Times New Roman.</translation>
    </message>
    <message>
        <source>Installed on this computer; a computer without it prints with the bundled font.</source>
        <translation>Máy này đã cài phông; máy nào chưa cài sẽ in bằng phông kèm theo chương trình.</translation>
    </message>
    <message>
        <source>Create the cell&apos;s book</source>
        <translation>Tạo sổ cho chi bộ</translation>
    </message>
    <message>
        <source>These details are printed in the header and signature of every document; File ▸ Cell details and document style changes them later.</source>
        <translation>Những thông tin này in ở phần đầu và phần ký của mọi văn bản; sửa lại sau ở Tệp ▸ Thông tin chi bộ và mẫu văn bản.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::CommitmentDialog</name>
    <message>
        <source>Commitment for %1 — comrade %2</source>
        <translation>Bản cam kết năm %1 — đồng chí %2</translation>
    </message>
    <message>
        <source>The signing date must be day/month/year, for example 25/05/2026.</source>
        <translation>Ngày ký phải có dạng ngày/tháng/năm, ví dụ 25/05/2026.</translation>
    </message>
    <message>
        <source>A commitment needs at least the member&apos;s own shortcomings or the remedies.</source>
        <translation>Bản cam kết cần ít nhất hạn chế của bản thân hoặc biện pháp khắc phục.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::CommitmentTableModel</name>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <translation>Hạn chế, khuyết điểm</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Kế hoạch hành động</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>chưa ký</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 việc</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::CommitmentsPage</name>
    <message>
        <source>Commitments written: %1/%2 members</source>
        <translation>Đã có bản cam kết: %1/%2 đảng viên</translation>
    </message>
    <message>
        <source>Commitment of comrade %1</source>
        <translation>Bản cam kết của đồng chí %1</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::CriterionTableModel</name>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Self-assessed points</source>
        <translation>Điểm tự chấm</translation>
    </message>
    <message>
        <source>“%1” is not a number of points. For example: 4,5</source>
        <translation>“%1” không phải là số điểm. Ví dụ: 4,5</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+↓)</source>
        <translation>Chọn ngày trên lịch (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::DocumentSettingsDialog</name>
    <message>
        <source>Grounds and recipients of documents</source>
        <translation>Căn cứ và nơi nhận của văn bản</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;Add a document</source>
        <translation>&amp;Thêm văn bản</translation>
    </message>
    <message>
        <source>Re&amp;move the selected</source>
        <translation>&amp;Xóa dòng đang chọn</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>&amp;Grounds (documents received)</source>
        <translation>&amp;Căn cứ (sổ văn bản đến)</translation>
    </message>
    <message>
        <source>The “Nơi nhận” lines of this kind of document, one a line (“- Đảng ủy xã … (b/c);”), for every year. Empty: the form&apos;s own lines.</source>
        <translation>Các dòng “Nơi nhận” của loại văn bản này, mỗi nơi một dòng (“- Đảng ủy xã … (b/c);”), dùng cho mọi năm. Để trống: dùng các dòng của mẫu.</translation>
    </message>
    <message>
        <source>Use the &amp;form&apos;s lines</source>
        <translation>Dùng lại các dòng của &amp;mẫu</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Nơi nhận</translation>
    </message>
    <message>
        <source>Tick the documents that “%1” of %2 cites as its grounds (“Căn cứ …”), in the order of the list. Without ticks it cites those the program suggests for it.</source>
        <translation>Đánh dấu các văn bản mà “%1” năm %2 dẫn làm căn cứ (“Căn cứ …”), theo thứ tự trong danh sách. Không đánh dấu văn bản nào thì dùng các căn cứ chương trình đề xuất cho loại văn bản này.</translation>
    </message>
    <message>
        <source>“%1” has no grounds section; the register is kept for the plans and the self-review.</source>
        <translation>“%1” không có phần căn cứ; sổ văn bản đến dùng cho các kế hoạch và báo cáo kiểm điểm.</translation>
    </message>
    <message>
        <source>Row %1: the date “%2” is not dd/mm/yyyy.</source>
        <translation>Dòng %1: ngày “%2” chưa đúng dạng ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::EditHistory</name>
    <message>
        <source>Your name, recorded in the change history with every change made on this computer (Edit ▸ Your name in the history… changes it):</source>
        <translation>Họ tên của bạn, được ghi trong lịch sử thay đổi cùng mỗi thay đổi làm trên máy này (đổi ở Sửa ▸ Tên của bạn trong lịch sử thay đổi…):</translation>
    </message>
    <message>
        <source>Your name, recorded in the change history with every change made on this computer:</source>
        <translation>Họ tên của bạn, được ghi trong lịch sử thay đổi cùng mỗi thay đổi làm trên máy này:</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::EventDialog</name>
    <message>
        <source>Events of comrade %1</source>
        <translation>Sự kiện của đồng chí %1</translation>
    </message>
    <message>
        <source>The event date must be day/month/year, for example 30/06/2026.</source>
        <translation>Ngày của sự kiện phải có dạng ngày/tháng/năm, ví dụ 30/06/2026.</translation>
    </message>
    <message>
        <source>Choose the disciplinary measure: reprimand, warning or removal from office.</source>
        <translation>Hãy chọn hình thức kỷ luật: khiển trách, cảnh cáo hoặc cách chức.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Trang trước</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Trang sau ▶</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <source>Edit description…</source>
        <translation>Sửa mô tả…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Gỡ…</translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation>Kiểm tra toàn vẹn</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Choose a file to preview it.</source>
        <translation>Chọn một tệp để xem trước.</translation>
    </message>
    <message>
        <source>(no file selected)</source>
        <translation>(chưa chọn tệp)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>Attached on %1%2</source>
        <translation>Đính kèm ngày %1%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Photo taken on %1</source>
        <translation>Ảnh chụp ngày %1</translation>
    </message>
    <message>
        <source>Note: the photo was taken more than a month before it was attached.</source>
        <translation>Lưu ý: ảnh chụp trước ngày đính kèm hơn một tháng.</translation>
    </message>
    <message>
        <source>Digital signatures:</source>
        <translation>Chữ ký số:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>(no preview)</source>
        <translation>(không có bản xem trước)</translation>
    </message>
    <message>
        <source>Drawing page %1…</source>
        <translation>Đang vẽ trang %1…</translation>
    </message>
    <message>
        <source>This page could not be drawn.</source>
        <translation>Không vẽ được trang này.</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Nhiệm vụ: %1</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Báo cáo tháng</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Sinh hoạt %1</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Bản cam kết</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <translation>Hạn chế, khuyết điểm</translation>
    </message>
    <message>
        <source>Every evidence file is intact (%1 files).</source>
        <translation>Mọi tệp minh chứng đều còn nguyên vẹn (%1 tệp).</translation>
    </message>
    <message>
        <source>%1 problems found:
%2</source>
        <translation>Phát hiện %1 vấn đề:
%2</translation>
    </message>
    <message>
        <source>Choose an evidence file.</source>
        <translation>Hãy chọn một tệp minh chứng.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Không ghi được “%1”.</translation>
    </message>
    <message>
        <source>Remove “%1” from the book? This cannot be undone; the file itself is deleted only when nothing else uses it.</source>
        <translation>Gỡ tệp “%1” khỏi sổ? Việc này không hoàn tác được; tệp chỉ bị xóa khi không còn gắn với mục nào khác.</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Không mở được tệp “%1”.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::EvidenceTableModel</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Gắn với</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Cỡ</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Ngày chụp</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Người thêm</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::HistoryDialog</name>
    <message>
        <source>Change history — %1</source>
        <translation>Lịch sử thay đổi — %1</translation>
    </message>
    <message>
        <source>No change has been recorded for this item.</source>
        <translation>Chưa có thay đổi nào được ghi cho mục này.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::ImportPreviewModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Tick to import this row</source>
        <translation>Đánh dấu để nhập dòng này</translation>
    </message>
    <message>
        <source>This row has an error and cannot be imported</source>
        <translation>Dòng này có lỗi, không nhập được</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Party post</source>
        <translation>Chức vụ Đảng</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Trình độ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Vào Đảng</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>Chính thức</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::IndicatorTableModel</name>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Thực hiện</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Monthly tracking</source>
        <translation>Theo dõi tháng</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Thematic topics</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Review &amp; remedies</source>
        <translation>Kiểm điểm &amp; khắc phục</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open a cell book…</source>
        <translation>&amp;Mở sổ chi bộ…</translation>
    </message>
    <message>
        <source>&amp;New book for a cell…</source>
        <translation>Tạo sổ &amp;mới cho chi bộ…</translation>
    </message>
    <message>
        <source>Open the demo cell</source>
        <translation>Mở chi bộ mẫu</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Automatic backup folder…</source>
        <translation>Thư mục sao lưu tự động…</translation>
    </message>
    <message>
        <source>&amp;Verify the book and its evidence</source>
        <translation>&amp;Kiểm tra toàn vẹn sổ và minh chứng</translation>
    </message>
    <message>
        <source>Evidence file size limit…</source>
        <translation>Giới hạn cỡ tệp minh chứng…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Attach &amp;evidence…</source>
        <translation>Đính &amp;kèm minh chứng…</translation>
    </message>
    <message>
        <source>Attach files to the selected item: task, meeting, commitment or shortcoming (you can also drop files on a row or paste them with Ctrl+V).</source>
        <translation>Đính kèm tệp vào mục đang chọn: nhiệm vụ, buổi sinh hoạt, bản cam kết hoặc hạn chế (cũng có thể kéo thả tệp hay dán Ctrl+V vào dòng).</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>&amp;Lịch sử thay đổi…</translation>
    </message>
    <message>
        <source>Who created, edited or deleted the selected item, and when.</source>
        <translation>Ai đã tạo, sửa, xóa mục đang chọn, và khi nào.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation>&amp;Hướng dẫn nhanh</translation>
    </message>
    <message>
        <source>Sổ chi bộ — quick guide

• Members: add (Ctrl+N), edit (Enter or double-click), record transfers, retirement and discipline in the right-hand panel; ratings per year.
• Tasks: assign work with a clear owner, deadline and product; the ⚠ mark tells what is missing. Monthly reports are written in the task editor.
• Monthly tracking: every task of the month (or quarter) with its reports, evidence, comments and the flags overdue, due soon, missing evidence, not reported; Enter records a monthly report from a member&apos;s paper; at the bottom, what carries over to the next period.
• Meetings: attendance, conclusions, turning conclusions into tasks.
• Review &amp; remedies: self-assessment points, shortcomings, targets, inspections and supervisions, new members of the year.
• Reports: choose the document and year, edit the text, preview, save as PDF, print, issue.

Every change is saved at once; Ctrl+Z undoes. Ctrl+F searches the whole book, including the text of PDF files; Ctrl+L filters the table in view (diacritics optional). Back up daily (File ▸ Back up now, Ctrl+B).</source>
        <translation>Sổ chi bộ — hướng dẫn nhanh

• Đảng viên: thêm (Ctrl+N), sửa (Enter hoặc nhấp đúp), ghi sự kiện chuyển đi, nghỉ hưu, kỷ luật ở khung bên phải; xếp loại từng năm.
• Nhiệm vụ: giao việc rõ người, rõ hạn, rõ sản phẩm; dấu ⚠ cho biết còn thiếu gì. Báo cáo tháng ghi trong hộp sửa nhiệm vụ.
• Theo dõi tháng: mọi nhiệm vụ của tháng (hoặc quý) với báo cáo, minh chứng, nhận xét và cờ quá hạn, sắp đến hạn, thiếu minh chứng, chưa báo cáo; Enter để ghi báo cáo tháng từ giấy của đảng viên; cuối trang là những việc chuyển sang kỳ sau.
• Sinh hoạt: điểm danh, ghi kết luận, giao kết luận thành nhiệm vụ.
• Kiểm điểm &amp; khắc phục: chấm điểm tự đánh giá, hạn chế, chỉ tiêu, kiểm tra giám sát, phát triển đảng viên của năm.
• Báo cáo: chọn văn bản và năm, sửa nội dung, xem trước, lưu PDF, in, ban hành.

Mọi thay đổi được lưu ngay; Ctrl+Z để hoàn tác. Ctrl+F để tìm trong cả sổ, kể cả chữ trong tệp PDF; Ctrl+L để lọc bảng đang xem (không cần gõ dấu). Nên sao lưu hằng ngày (Tệp ▸ Sao lưu ngay, Ctrl+B).</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Sổ chi bộ %1
Records and documents of a Party cell.

Licence GPL-3.0-or-later. Font SoChiBo Serif (from Liberation Serif) under the SIL Open Font License 1.1.</source>
        <translation>Sổ chi bộ %1
Hồ sơ và văn bản của chi bộ.

Giấy phép GPL-3.0-or-later. Phông chữ SoChiBo Serif (từ Liberation Serif) theo SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>Select an item (member, task, meeting, topic, shortcoming or evidence) to see its history.</source>
        <translation>Hãy chọn một mục (đảng viên, nhiệm vụ, buổi sinh hoạt, chuyên đề, hạn chế hoặc minh chứng) rồi xem lịch sử của nó.</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 số %2</translation>
    </message>
    <message>
        <source>Select a task, a meeting, a written commitment or a shortcoming, then attach evidence. Monthly reports: attach in the report box on the Monthly tracking page.</source>
        <translation>Hãy chọn một nhiệm vụ, buổi sinh hoạt, bản cam kết đã viết hoặc một hạn chế rồi đính kèm minh chứng. Báo cáo tháng: đính kèm trong hộp báo cáo ở trang Theo dõi tháng.</translation>
    </message>
    <message>
        <source>%1 files attached.</source>
        <translation>Đã đính kèm %1 tệp.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Language / Ngôn ngữ</source>
        <translation>&amp;Ngôn ngữ / Language</translation>
    </message>
    <message>
        <source>The interface language changes when Sổ chi bộ starts again. Restart now? Everything is already saved.</source>
        <translation>Ngôn ngữ giao diện đổi khi Sổ chi bộ khởi động lại. Khởi động lại ngay? Mọi thay đổi đã được lưu.</translation>
    </message>
    <message>
        <source>Could not restart Sổ chi bộ; open it again to see the new language.</source>
        <translation>Không khởi động lại được Sổ chi bộ; hãy mở lại chương trình để thấy ngôn ngữ mới.</translation>
    </message>
    <message>
        <source>Cell &amp;details and document style…</source>
        <translation>&amp;Thông tin chi bộ và mẫu văn bản…</translation>
    </message>
    <message>
        <source>E&amp;xport this table to Excel…</source>
        <translation>&amp;Xuất bảng này ra Excel…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Saved the spreadsheet “%1”.</source>
        <translation>Đã lưu bảng tính “%1”.</translation>
    </message>
    <message>
        <source>&amp;Grounds and recipients of documents…</source>
        <translation>&amp;Căn cứ và nơi nhận của văn bản…</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [chỉ đọc]</translation>
    </message>
    <message>
        <source>&amp;Import a member list (Excel, LibreOffice, CSV)…</source>
        <translation>&amp;Nhập danh sách đảng viên (Excel, LibreOffice, CSV)…</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to see to today: see “To do” on the Overview page.</source>
        <translation>
            <numerusform>Có %n việc cần làm hôm nay: xem mục “Việc cần làm” ở trang Tổng quan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your &amp;name in the history…</source>
        <translation>&amp;Tên của bạn trong lịch sử thay đổi…</translation>
    </message>
    <message>
        <source>Adds what the page in view lists: a member, a task, a meeting or a topic; on the other pages, a member.</source>
        <translation>Thêm mục của trang đang xem: đảng viên, nhiệm vụ, buổi sinh hoạt hoặc chuyên đề; ở các trang khác: thêm đảng viên.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MeetingDialog</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>The meeting date must be day/month/year, for example 05/12/2026.</source>
        <translation>Ngày họp phải có dạng ngày/tháng/năm, ví dụ 05/12/2026.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>A time is hours and minutes, for example 14:00.</source>
        <translation>Giờ ghi theo giờ và phút, ví dụ 14:00.</translation>
    </message>
    <message>
        <source>Conclusion %1: the votes in favour cannot be more than those who voted, and both are needed.</source>
        <translation>Kết luận %1: số tán thành không được lớn hơn số biểu quyết, và cần ghi cả hai số.</translation>
    </message>
    <message>
        <source>%1 is marked absent but has a point in the minutes.</source>
        <translation>%1 được ghi vắng mặt nhưng có ý kiến trong biên bản.</translation>
    </message>
    <message>
        <source>%1  ✓ task assigned</source>
        <translation>%1  ✓ đã giao nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Dự họp</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Add meeting…</source>
        <translation>Thêm buổi sinh hoạt…</translation>
    </message>
    <message>
        <source>Attendance, conclusions…</source>
        <translation>Điểm danh, kết luận…</translation>
    </message>
    <message>
        <source>Print minutes…</source>
        <translation>In biên bản…</translation>
    </message>
    <message>
        <source>Add meeting %1</source>
        <translation>Thêm buổi sinh hoạt %1</translation>
    </message>
    <message>
        <source>Record attendance %1</source>
        <translation>Ghi điểm danh %1</translation>
    </message>
    <message>
        <source>Choose the meeting whose minutes to print in the list first.</source>
        <translation>Hãy chọn trong danh sách cuộc họp cần in biên bản.</translation>
    </message>
    <message>
        <source>The minutes are saved in “%1”; they open for printing.</source>
        <translation>Đã lưu biên bản vào “%1”; tệp được mở để in.</translation>
    </message>
    <message>
        <source>This computer has no program that opens “%1”.</source>
        <translation>Máy này không có chương trình mở được “%1”.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Sửa thông tin đảng viên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Party admission date</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Full-membership date</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>%1 must be day/month/year, for example 05/09/2012.</source>
        <translation>%1 phải có dạng ngày/tháng/năm, ví dụ 05/09/2012.</translation>
    </message>
    <message>
        <source>Admitted in this cell, on the admission date</source>
        <translation>Kết nạp tại Chi bộ, vào ngày vào Đảng</translation>
    </message>
    <message>
        <source>Transferred in, on</source>
        <translation>Chuyển đến, ngày</translation>
    </message>
    <message>
        <source>Already in the cell (record nothing)</source>
        <translation>Đã sinh hoạt tại Chi bộ từ trước (không ghi sự kiện)</translation>
    </message>
    <message>
        <source>To record the admission, enter the party admission date (or choose &quot;Already in the cell&quot;).</source>
        <translation>Để ghi sự kiện kết nạp, hãy nhập ngày vào Đảng (hoặc chọn “Đã sinh hoạt tại Chi bộ từ trước”).</translation>
    </message>
    <message>
        <source>Enter the day the member transferred into the cell, for example 01/09/2026.</source>
        <translation>Hãy nhập ngày đảng viên chuyển đến Chi bộ, ví dụ 01/09/2026.</translation>
    </message>
    <message>
        <source>The transfer into the cell cannot be before the party admission date.</source>
        <translation>Ngày chuyển đến Chi bộ không thể trước ngày vào Đảng.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MemberImportDialog</name>
    <message>
        <source>Import a member list</source>
        <translation>Nhập danh sách đảng viên</translation>
    </message>
    <message>
        <source>Check what will be imported. Nothing is written until you press Import; the book is backed up first, and Edit ▸ Undo (Ctrl+Z) removes the imported members again. Rows with an error are left out: correct them in the spreadsheet and import those rows later. Rows that probably repeat a member already in the book start unticked.</source>
        <translation>Xem lại những gì sẽ được nhập. Chưa có gì được ghi cho đến khi bấm Nhập; sổ được sao lưu trước, và Sửa ▸ Hoàn tác (Ctrl+Z) gỡ lại các đảng viên vừa nhập. Dòng có lỗi bị bỏ qua: hãy sửa trong bảng tính rồi nhập các dòng đó sau. Dòng có lẽ trùng với đảng viên đã có trong sổ thì chưa được đánh dấu.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>The field each column of the spreadsheet is read as, guessed from its heading. Choose another field to correct a guess, or “(bỏ qua)” to leave the column out.</source>
        <translation>Trường mà mỗi cột của bảng tính được đọc thành, đoán theo tiêu đề cột. Chọn trường khác để sửa, hoặc “(bỏ qua)” để không đọc cột đó.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>text read as %1</source>
        <translation>văn bản đọc theo bảng mã %1</translation>
    </message>
    <message>
        <source>headings on row %1</source>
        <translation>tiêu đề ở dòng %1</translation>
    </message>
    <message>
        <source>column %1 typed in the %2 font, converted to Unicode</source>
        <translation>cột %1 gõ bằng phông %2, đã chuyển sang Unicode</translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation>Trường của cột %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will be imported</source>
        <translation>
            <numerusform>%n đảng viên sẽ được nhập</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors left out</source>
        <translation>
            <numerusform>%n dòng có lỗi bị bỏ qua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unticked</source>
        <translation>
            <numerusform>%n dòng không đánh dấu</numerusform>
        </translation>
    </message>
    <message>
        <source>columns not read: %1</source>
        <translation>các cột không đọc: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n member(s)</source>
        <translation>
            <numerusform>&amp;Nhập %n đảng viên</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cột trong tệp&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đọc là&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MemberReviewDialog</name>
    <message>
        <source>Review of %1, %2</source>
        <translation>Kiểm điểm của đồng chí %1, năm %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — tasks of the year: %2, done %3 (late %4), overdue %5; meetings attended %6/%7; monthly reports %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — nhiệm vụ trong năm: %2, hoàn thành %3 (trễ hạn %4), quá hạn %5; dự sinh hoạt %6/%7 kỳ; báo cáo tháng %8.</translation>
    </message>
    <message>
        <source>From the record (%1)</source>
        <translation>Theo hồ sơ (%1)</translation>
    </message>
    <message>
        <source>(by the points)</source>
        <translation>(theo số điểm)</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>Points must be a number, for example 27 or 27,5.</source>
        <translation>Điểm phải là một số, ví dụ 27 hoặc 27,5.</translation>
    </message>
    <message>
        <source>Write the votes as “for/members voting”, for example 16/17.</source>
        <translation>Ghi kết quả biểu quyết dạng “số tán thành/số biểu quyết”, ví dụ 16/17.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MemberReviewTableModel</name>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Proposes</source>
        <translation>Tự đề xuất</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Chi ủy đề xuất</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Cell&apos;s level</source>
        <translation>Chi bộ xếp loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MemberTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Party admission date</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang sinh hoạt</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MembersPage</name>
    <message>
        <source>Delete member…</source>
        <translation>Xóa đảng viên…</translation>
    </message>
    <message>
        <source>Delete the selected member (Del). A member with tasks, minutes or evidence cannot be deleted: record a transfer or retirement instead.</source>
        <translation>Xóa đảng viên đang chọn (Del). Đảng viên đã có nhiệm vụ, biên bản hoặc minh chứng không xóa được: hãy ghi sự kiện chuyển đi, nghỉ hưu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Membership history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quá trình sinh hoạt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record event…</source>
        <translation>Ghi sự kiện…</translation>
    </message>
    <message>
        <source>Admission, full membership, transfer in, transfer out, retirement, discipline…</source>
        <translation>Kết nạp, chính thức, chuyển đến, chuyển đi, nghỉ hưu, kỷ luật…</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Xóa sự kiện</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality ratings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Xếp loại chất lượng&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>(chưa xếp loại)</translation>
    </message>
    <message>
        <source>Year %1:</source>
        <translation>Năm %1:</translation>
    </message>
    <message>
        <source>Select a member to see their history, ratings and tasks.</source>
        <translation>Chọn một đảng viên để xem quá trình sinh hoạt, xếp loại và nhiệm vụ.</translation>
    </message>
    <message>
        <source>Tasks in progress: &lt;b&gt;%1&lt;/b&gt;, overdue: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;</source>
        <translation>Nhiệm vụ đang thực hiện: &lt;b&gt;%1&lt;/b&gt;, quá hạn: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Commitment for %1: signed on %2</source>
        <translation>Bản cam kết năm %1: ký ngày %2</translation>
    </message>
    <message>
        <source>No commitment for %1 yet</source>
        <translation>Chưa có bản cam kết năm %1</translation>
    </message>
    <message>
        <source>Select a member in the list.</source>
        <translation>Hãy chọn một đảng viên trong danh sách.</translation>
    </message>
    <message>
        <source>Record event: %1</source>
        <translation>Ghi sự kiện: %1</translation>
    </message>
    <message>
        <source>Delete the event “%1”?</source>
        <translation>Xóa sự kiện “%1”?</translation>
    </message>
    <message>
        <source>Delete event: %1</source>
        <translation>Xóa sự kiện: %1</translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <translation>Xếp loại năm %1</translation>
    </message>
    <message>
        <source>Comrade %1 cannot be deleted: %2
If the comrade has moved away or retired, record that event; the old records are kept.</source>
        <translation>Không xóa được đồng chí %1: %2
Nếu đồng chí đã chuyển đi hoặc nghỉ hưu, hãy ghi sự kiện đó; hồ sơ cũ vẫn được giữ.</translation>
    </message>
    <message>
        <source>Delete comrade %1 from the book for good?</source>
        <translation>Xóa hẳn đồng chí %1 khỏi sổ?</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Add member… (Ctrl+N)</source>
        <translation>Thêm đảng viên… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Thêm đảng viên %1</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>Sửa đảng viên %1</translation>
    </message>
    <message>
        <source>The book could not be backed up before the import: %1
Import anyway?</source>
        <translation>Chưa sao lưu được sổ trước khi nhập: %1
Vẫn nhập?</translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s) from %1</source>
        <translation>
            <numerusform>Nhập %n đảng viên từ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported from “%1”; Ctrl+Z removes them again.</source>
        <translation>
            <numerusform>Đã nhập %n đảng viên từ “%1”; Ctrl+Z để gỡ lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up the book before the import…</source>
        <translation>Đang sao lưu sổ trước khi nhập…</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MonthChart</name>
    <message>
        <source>Each month: tasks done on time (green), late (orange) and tasks due that month still not done (grey).</source>
        <translation>Mỗi tháng: nhiệm vụ hoàn thành đúng hạn (xanh), trễ hạn (cam) và nhiệm vụ đến hạn trong tháng còn chưa hoàn thành (xám).</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Chưa hoàn thành</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>T%1</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MonthPage</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>By shortcoming, topic</source>
        <translation>Theo hạn chế, chuyên đề</translation>
    </message>
    <message>
        <source>By member</source>
        <translation>Theo đảng viên</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>%1, as of %2: %3 tasks, %4 due in the period; done %5 (on time %6, late %7); not done %8. Members who reported: %9/%10.</source>
        <translation>%1, tính đến %2: %3 nhiệm vụ, %4 đến hạn trong kỳ; hoàn thành %5 (đúng hạn %6, trễ hạn %7); chưa hoàn thành %8. Đảng viên đã báo cáo: %9/%10.</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>Unfinished task: %1 — %2%3</source>
        <translation>Nhiệm vụ chưa hoàn thành: %1 — %2%3</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (quá hạn)</translation>
    </message>
    <message>
        <source>Conclusion of %1 not yet a task: %2</source>
        <translation>Kết luận ngày %1 chưa thành nhiệm vụ: %2</translation>
    </message>
    <message>
        <source>Double-click to turn this conclusion into a task.</source>
        <translation>Nhấp đúp để giao kết luận này thành nhiệm vụ.</translation>
    </message>
    <message>
        <source>Select a task in the list to record a report.</source>
        <translation>Hãy chọn một nhiệm vụ trong danh sách để ghi báo cáo.</translation>
    </message>
    <message>
        <source>Monthly report: %1</source>
        <translation>Báo cáo tháng: %1</translation>
    </message>
    <message>
        <source>Select a task to attach evidence to.</source>
        <translation>Hãy chọn một nhiệm vụ để đính kèm minh chứng.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::MonthTaskModel</name>
    <message>
        <source>(not assigned)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Hoàn thành %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>chưa báo cáo</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source> (report has no file)</source>
        <translation> (báo cáo chưa kèm tệp)</translation>
    </message>
    <message>
        <source>No owner assigned</source>
        <translation>Chưa giao người phụ trách</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Reports in the period</source>
        <translation>Báo cáo trong kỳ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Committee&apos;s comment</source>
        <translation>Nhận xét của Chi ủy</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần chú ý</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::OverviewPage</name>
    <message>
        <source>Year %1 to date</source>
        <translation>Năm %1 đến hôm nay</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Đảng viên đang sinh hoạt</translation>
    </message>
    <message>
        <source>Admitted this year</source>
        <translation>Kết nạp trong năm</translation>
    </message>
    <message>
        <source>Regular / thematic meetings</source>
        <translation>Kỳ sinh hoạt thường kỳ / chuyên đề</translation>
    </message>
    <message>
        <source>Tasks assigned</source>
        <translation>Nhiệm vụ được giao</translation>
    </message>
    <message>
        <source>Done (on time / late)</source>
        <translation>Đã hoàn thành (đúng hạn / trễ hạn)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần chú ý</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>Tasks with no clear owner, deadline or product</source>
        <translation>Nhiệm vụ chưa rõ người, hạn hoặc sản phẩm</translation>
    </message>
    <message>
        <source>%1 (12 months ended %2)</source>
        <translation>%1 (hết 12 tháng ngày %2)</translation>
    </message>
    <message>
        <source>Probationary members past 12 months</source>
        <translation>Đảng viên dự bị đã hết 12 tháng</translation>
    </message>
    <message>
        <source>Full membership to decide: %1</source>
        <translation>Cần xét công nhận đảng viên chính thức: %1</translation>
    </message>
    <message>
        <source>Done, no evidence yet</source>
        <translation>Hoàn thành nhưng chưa có minh chứng</translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <source>Tasks of the month</source>
        <translation>Nhiệm vụ trong tháng</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Đến hạn trong 7 ngày</translation>
    </message>
    <message>
        <source>Done, without evidence</source>
        <translation>Đã xong, thiếu minh chứng</translation>
    </message>
    <message>
        <source>Unclear owner, deadline or product</source>
        <translation>Chưa rõ người, hạn hoặc sản phẩm</translation>
    </message>
    <message>
        <source>Not reported this month</source>
        <translation>Chưa báo cáo tháng này</translation>
    </message>
    <message>
        <source>Members who reported</source>
        <translation>Đảng viên đã báo cáo</translation>
    </message>
    <message>
        <source>Members without evidence this month</source>
        <translation>Đảng viên chưa nộp minh chứng tháng này</translation>
    </message>
    <message>
        <source>No evidence yet: %1</source>
        <translation>Chưa nộp minh chứng: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remedying the shortcomings of %1&lt;/b&gt; (tasks done with evidence)</source>
        <translation>&lt;b&gt;Khắc phục hạn chế năm %1&lt;/b&gt; (nhiệm vụ hoàn thành có minh chứng)</translation>
    </message>
    <message>
        <source>No shortcoming recorded for %1.</source>
        <translation>Chưa ghi hạn chế nào của năm %1.</translation>
    </message>
    <message>
        <source>%1/%2 tasks</source>
        <translation>%1/%2 nhiệm vụ</translation>
    </message>
    <message>
        <source>no task assigned</source>
        <translation>chưa giao nhiệm vụ</translation>
    </message>
    <message>
        <source>Nothing to see to today.</source>
        <translation>Hôm nay không có việc cần làm.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 và %n đồng chí khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Year %1 · %2 members · %3 tasks overdue</source>
        <translation>Năm %1 · %2 đảng viên · %3 nhiệm vụ quá hạn</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::ProgressReportDialog</name>
    <message>
        <source>Edit monthly report</source>
        <translation>Sửa báo cáo tháng</translation>
    </message>
    <message>
        <source>The report month must be year-month, for example 2026-11.</source>
        <translation>Tháng báo cáo phải có dạng năm-tháng, ví dụ 2026-11.</translation>
    </message>
    <message>
        <source>The task has no owner: assign someone before recording a report.</source>
        <translation>Nhiệm vụ chưa có người phụ trách: hãy giao người trước khi ghi báo cáo.</translation>
    </message>
    <message>
        <source>Write what was done during the month.</source>
        <translation>Hãy ghi việc đã làm được trong tháng.</translation>
    </message>
    <message>
        <source>The report date must be day/month/year, for example 30/11/2026.</source>
        <translation>Ngày báo cáo phải có dạng ngày/tháng/năm, ví dụ 30/11/2026.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::ProgressReportTableModel</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Người báo cáo</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Đã làm</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::ProseDialog</name>
    <message>
        <source>Opening</source>
        <translation>Mở đầu</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::ReceivedDocumentTableModel</name>
    <message>
        <source>Typed as dd/mm/yyyy.</source>
        <translation>Gõ theo dạng ngày/tháng/năm, ví dụ 02/12/2025.</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Dẫn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::RecordsPage</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::ReportPage</name>
    <message>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>as the template says</source>
        <translation>theo mẫu văn bản</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>Phó Bí thư</translation>
    </message>
    <message>
        <source>by shortcoming, topic</source>
        <translation>theo hạn chế, chuyên đề</translation>
    </message>
    <message>
        <source>by member</source>
        <translation>theo đảng viên</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>All members (one form each)</source>
        <translation>Tất cả đảng viên (mỗi người một bản)</translation>
    </message>
    <message>
        <source>automatic: %1</source>
        <translation>tự động: %1</translation>
    </message>
    <message>
        <source>%1 pages (unnumbered document).</source>
        <translation>%1 trang (văn bản không đánh số).</translation>
    </message>
    <message>
        <source>%1 pages, number %2.</source>
        <translation>%1 trang, số %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Saved “%1” (%2 pages).</source>
        <translation>Đã lưu “%1” (%2 trang).</translation>
    </message>
    <message>
        <source>Issue document number %1 dated %2? The number will be recorded in the outgoing register.</source>
        <translation>Ban hành văn bản số %1 ngày %2? Số này sẽ được ghi vào sổ văn bản đi.</translation>
    </message>
    <message>
        <source>Recorded in the register: %1.</source>
        <translation>Đã vào sổ văn bản: %1.</translation>
    </message>
    <message>
        <source>Text of %1 for %2</source>
        <translation>Nội dung %1 năm %2</translation>
    </message>
    <message>
        <source>Edit text of %1 for %2</source>
        <translation>Sửa nội dung %1 năm %2</translation>
    </message>
    <message>
        <source>A document is saved as PDF (.pdf) or as a Word file (.docx): give the file one of these extensions.</source>
        <translation>Văn bản được lưu dạng PDF (.pdf) hoặc tệp Word (.docx): hãy đặt tên tệp với một trong hai đuôi này.</translation>
    </message>
    <message>
        <source>Saved the Word file “%1”.</source>
        <translation>Đã lưu tệp Word “%1”.</translation>
    </message>
    <message>
        <source>This computer has no program that opens “%1” (for a .docx file: Word or LibreOffice Writer).</source>
        <translation>Máy này chưa có chương trình mở được “%1” (tệp .docx cần Word hoặc LibreOffice Writer).</translation>
    </message>
    <message>
        <source>reprint: %1 of %2</source>
        <translation>in lại: %1 ngày %2</translation>
    </message>
    <message>
        <source>This document is in the register already: number %1 of %2. A reprint keeps that number and date; tick “Issue a new version” to issue it again with a new number.</source>
        <translation>Văn bản này đã vào sổ: số %1 ngày %2. Bản in lại giữ số và ngày đó; đánh dấu “Ban hành bản mới” để ban hành lại với số mới.</translation>
    </message>
    <message>
        <source>Edit grounds and recipients</source>
        <translation>Sửa căn cứ và nơi nhận</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::RestoreDialog</name>
    <message>
        <source>Choose a backup to bring the book back to exactly that moment. The current book is backed up before it is replaced, so you can go back. Backup folder: %1</source>
        <translation>Chọn bản sao lưu để đưa sổ về đúng như lúc đó. Sổ hiện tại được sao lưu trước khi bị thay thế, nên có thể quay lại. Thư mục sao lưu: %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::ReviewPage</name>
    <message>
        <source>(not proposed)</source>
        <translation>(chưa đề xuất)</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <source>Delete target %1</source>
        <translation>Xóa chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Delete the inspection or supervision of %1?</source>
        <translation>Xóa cuộc kiểm tra, giám sát ngày %1?</translation>
    </message>
    <message>
        <source>Delete inspection/supervision %1</source>
        <translation>Xóa kiểm tra, giám sát %1</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Quần chúng mới</translation>
    </message>
    <message>
        <source>Delete candidate %1</source>
        <translation>Xóa quần chúng %1</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Tiêu chí mới</translation>
    </message>
    <message>
        <source>Delete criterion %1</source>
        <translation>Xóa tiêu chí %1</translation>
    </message>
    <message>
        <source>Proposed rating for %1</source>
        <translation>Đề xuất xếp loại năm %1</translation>
    </message>
    <message>
        <source>2023 form</source>
        <translation>Mẫu 2023</translation>
    </message>
    <message>
        <source>2025 form</source>
        <translation>Mẫu 2025</translation>
    </message>
    <message>
        <source>No self-assessment criteria for this year yet.</source>
        <translation>Chưa có tiêu chí tự đánh giá cho năm này.</translation>
    </message>
    <message>
        <source>Scored so far: %1 + %2 points. The total and the level by the scale come when every criterion has its points.</source>
        <translation>Đã chấm: %1 + %2 điểm. Tổng điểm và mức xếp loại theo thang điểm sẽ có khi mọi tiêu chí đều được chấm.</translation>
    </message>
    <message>
        <source>Total: %1/%2 — by the scale: %3</source>
        <translation>Tổng điểm: %1/%2 — theo thang điểm: %3</translation>
    </message>
    <message>
        <source>Edit criterion %1</source>
        <translation>Sửa tiêu chí %1</translation>
    </message>
    <message>
        <source>Add criterion %1</source>
        <translation>Thêm tiêu chí %1</translation>
    </message>
    <message>
        <source>Add shortcoming %1</source>
        <translation>Thêm hạn chế %1</translation>
    </message>
    <message>
        <source>Edit shortcoming %1</source>
        <translation>Sửa hạn chế %1</translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation>Sửa chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Add target %1</source>
        <translation>Thêm chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Cell committee</source>
        <translation>Chi ủy</translation>
    </message>
    <message>
        <source>Add inspection/supervision %1</source>
        <translation>Thêm kiểm tra, giám sát %1</translation>
    </message>
    <message>
        <source>Edit inspection/supervision %1</source>
        <translation>Sửa kiểm tra, giám sát %1</translation>
    </message>
    <message>
        <source>Edit candidate %1</source>
        <translation>Sửa quần chúng %1</translation>
    </message>
    <message>
        <source>Add candidate %1</source>
        <translation>Thêm quần chúng %1</translation>
    </message>
    <message>
        <source>not rated: %1</source>
        <translation>không xếp loại: %1</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>đã xếp loại</translation>
    </message>
    <message>
        <source>Rated: %1 of %2 members; excellent %3, good %4, completed %5, not completed %6; not rated %7.</source>
        <translation>Đã xếp loại %1/%2 đảng viên: hoàn thành xuất sắc %3, hoàn thành tốt %4, hoàn thành %5, không hoàn thành %6; không xếp loại %7.</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Kiểm điểm của đồng chí %1</translation>
    </message>
    <message>
        <source>Use the 2025 form&apos;s criteria for %1</source>
        <translation>Dùng bộ tiêu chí mẫu năm 2025 cho năm %1</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>đã in ngày %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::SearchBox</name>
    <message>
        <source>Search the whole book… (Ctrl+F)</source>
        <translation>Tìm trong cả sổ… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find members, tasks, monthly reports, minutes and conclusions, topics, shortcomings, commitments and the text of PDF evidence. Diacritics are optional.</source>
        <translation>Tìm đảng viên, nhiệm vụ, báo cáo tháng, biên bản và kết luận, chuyên đề, hạn chế, cam kết và chữ trong các tệp PDF minh chứng. Không cần gõ dấu.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::SearchPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” was not found in the book.</source>
        <translation>Không tìm thấy “%1” trong sổ.</translation>
    </message>
    <message>
        <source>%1 results for “%2”.</source>
        <translation>%1 kết quả cho “%2”.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::ShortcomingDialog</name>
    <message>
        <source>Edit shortcoming</source>
        <translation>Sửa hạn chế, khuyết điểm</translation>
    </message>
    <message>
        <source>Dates must be day/month/year, for example 01/05/2026.</source>
        <translation>Ngày phải có dạng ngày/tháng/năm, ví dụ 01/05/2026.</translation>
    </message>
    <message>
        <source>The shortcoming has no name.</source>
        <translation>Chưa nhập tên hạn chế, khuyết điểm.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::ShortcomingTableModel</name>
    <message>
        <source>Shortcomings</source>
        <translation>Hạn chế, khuyết điểm</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Remedy tasks</source>
        <translation>Nhiệm vụ khắc phục</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã xong</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::SupervisionDialog</name>
    <message>
        <source>Edit inspection or supervision</source>
        <translation>Sửa cuộc kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>(none: inspection of an area)</source>
        <translation>(không: kiểm tra một lĩnh vực)</translation>
    </message>
    <message>
        <source>Dates must be day/month/year, for example 14/05/2026.</source>
        <translation>Ngày phải có dạng ngày/tháng/năm, ví dụ 14/05/2026.</translation>
    </message>
    <message>
        <source>Choose the member supervised or write what was inspected.</source>
        <translation>Hãy chọn đảng viên được giám sát hoặc ghi nội dung được kiểm tra.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::SupervisionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Giám sát</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Sửa nhiệm vụ</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>Assigned from a meeting conclusion.</source>
        <translation>Giao từ kết luận của buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Task to remedy a shortcoming.</source>
        <translation>Nhiệm vụ khắc phục hạn chế, khuyết điểm.</translation>
    </message>
    <message>
        <source>Assigned from a thematic topic.</source>
        <translation>Giao từ chuyên đề.</translation>
    </message>
    <message>
        <source>Assigned from a recommendation after inspection or supervision.</source>
        <translation>Giao từ kiến nghị sau kiểm tra, giám sát.</translation>
    </message>
    <message>
        <source>year-month, for example %1</source>
        <translation>năm-tháng, ví dụ %1</translation>
    </message>
    <message>
        <source>Monthly reports (%1)</source>
        <translation>Báo cáo tháng (%1)</translation>
    </message>
    <message>
        <source>⚠ This task is vague (%1): fill it in before assigning.</source>
        <translation>⚠ Nhiệm vụ chưa rõ %1: nên ghi đủ trước khi giao.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>%1 must be day/month/year, for example 30/11/2026.</source>
        <translation>%1 phải có dạng ngày/tháng/năm, ví dụ 30/11/2026.</translation>
    </message>
    <message>
        <source>The report month must be year-month, for example 2026-11.</source>
        <translation>Tháng báo cáo phải có dạng năm-tháng, ví dụ 2026-11.</translation>
    </message>
    <message>
        <source>A monthly report needs the task&apos;s owner.</source>
        <translation>Báo cáo tháng cần người phụ trách nhiệm vụ.</translation>
    </message>
    <message>
        <source>The monthly report does not say what was done.</source>
        <translation>Báo cáo tháng chưa ghi việc đã làm.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · quá hạn</translation>
    </message>
    <message>
        <source> · late</source>
        <translation> · trễ hạn</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>(no deadline)</source>
        <translation>(chưa có hạn)</translation>
    </message>
    <message>
        <source>Vague task: missing %1.</source>
        <translation>Nhiệm vụ chưa rõ: thiếu %1.</translation>
    </message>
    <message>
        <source>Done but has no evidence yet.</source>
        <translation>Đã hoàn thành nhưng chưa có minh chứng.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::TasksPage</name>
    <message>
        <source>All tasks</source>
        <translation>Tất cả nhiệm vụ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Đến hạn trong tháng</translation>
    </message>
    <message>
        <source>Done but missing evidence</source>
        <translation>Hoàn thành nhưng thiếu minh chứng</translation>
    </message>
    <message>
        <source>Unclear owner, deadline or product</source>
        <translation>Chưa rõ người, hạn hoặc sản phẩm</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>The tasks of one year (given, due or done in it), or of every year.</source>
        <translation>Nhiệm vụ của một năm (giao, đến hạn hoặc hoàn thành trong năm đó), hoặc của mọi năm.</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>Assign task… (Ctrl+N)</source>
        <translation>Giao nhiệm vụ… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Đính kèm minh chứng…</translation>
    </message>
    <message>
        <source>Assign task %1</source>
        <translation>Giao nhiệm vụ %1</translation>
    </message>
    <message>
        <source>Assign a task from a conclusion: %1</source>
        <translation>Giao nhiệm vụ từ kết luận: %1</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation>Sửa nhiệm vụ %1</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::TopicDialog</name>
    <message>
        <source>Edit topic</source>
        <translation>Sửa chuyên đề</translation>
    </message>
    <message>
        <source>(no drafter yet)</source>
        <translation>(chưa phân công)</translation>
    </message>
    <message>
        <source>The topic has no name.</source>
        <translation>Chưa nhập tên chuyên đề.</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::TopicTableModel</name>
    <message>
        <source>Thematic topics</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Đồng chí dự thảo</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã sinh hoạt</translation>
    </message>
    <message>
        <source>(no drafter yet)</source>
        <translation>(chưa phân công)</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::TopicsPage</name>
    <message>
        <source>Add topic %1</source>
        <translation>Thêm chuyên đề %1</translation>
    </message>
    <message>
        <source>Edit topic %1</source>
        <translation>Sửa chuyên đề %1</translation>
    </message>
    <message>
        <source>Delete the topic “%1”?</source>
        <translation>Xóa chuyên đề “%1”?</translation>
    </message>
    <message>
        <source>Delete topic %1</source>
        <translation>Xóa chuyên đề %1</translation>
    </message>
</context>
<context>
    <name>sochibo::gui::WelcomePage</name>
    <message>
        <source>Welcome to Sổ chi bộ</source>
        <translation>Chào mừng đến với Sổ chi bộ</translation>
    </message>
    <message>
        <source>Sổ chi bộ keeps the records of members, tasks, meetings and reviews, and prints the cell&apos;s documents. To begin:</source>
        <translation>Sổ chi bộ giữ hồ sơ đảng viên, nhiệm vụ, sinh hoạt, kiểm điểm và in các văn bản của chi bộ. Để bắt đầu:</translation>
    </message>
    <message>
        <source>Create the cell&apos;s book…</source>
        <translation>Tạo sổ cho chi bộ…</translation>
    </message>
    <message>
        <source>Open the demo cell (invented data)</source>
        <translation>Mở chi bộ mẫu (dữ liệu minh họa)</translation>
    </message>
    <message>
        <source>Open an existing book…</source>
        <translation>Mở một sổ đã có…</translation>
    </message>
</context>
</TS>
