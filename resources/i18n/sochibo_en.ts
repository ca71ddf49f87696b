<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>Domain</name>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Giáo viên</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Nhân viên</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Cán bộ quản lý</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Thạc sĩ</source>
        <translation>Master&apos;s degree</translation>
    </message>
    <message>
        <source>Đại học</source>
        <translation>Bachelor&apos;s degree</translation>
    </message>
    <message>
        <source>Cao đẳng</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Chính thức</source>
        <translation>Full member</translation>
    </message>
    <message>
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Bí thư</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Phó Bí thư</source>
        <translation>Deputy secretary</translation>
    </message>
    <message>
        <source>Chi ủy viên</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Kết nạp</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>Công nhận chính thức</source>
        <translation>Made a full member</translation>
    </message>
    <message>
        <source>Chuyển đến</source>
        <translation>Transferred in</translation>
    </message>
    <message>
        <source>Chuyển đi</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>Nghỉ hưu</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Từ trần</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Khai trừ</source>
        <translation>Expelled</translation>
    </message>
    <message>
        <source>Kỷ luật</source>
        <translation>Disciplined</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Khiển trách</source>
        <translation>Reprimand</translation>
    </message>
    <message>
        <source>Cảnh cáo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Cách chức</source>
        <translation>Dismissal from office</translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Giao trực tiếp</source>
        <translation>Assigned directly</translation>
    </message>
    <message>
        <source>Kết luận cuộc họp</source>
        <translation>Meeting conclusion</translation>
    </message>
    <message>
        <source>Khắc phục hạn chế</source>
        <translation>Remedying a shortcoming</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Thematic topic</translation>
    </message>
    <message>
        <source>Kiểm tra, giám sát</source>
        <translation>Inspection or supervision</translation>
    </message>
    <message>
        <source>Sinh hoạt thường kỳ</source>
        <translation>Regular meeting</translation>
    </message>
    <message>
        <source>Sinh hoạt chuyên đề</source>
        <translation>Thematic meeting</translation>
    </message>
    <message>
        <source>Họp Chi ủy</source>
        <translation>Committee meeting</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Vắng không lý do</source>
        <translation>Unexcused</translation>
    </message>
    <message>
        <source>Miễn sinh hoạt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Chưa đánh giá</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Tốt</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Khá</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Trung bình</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Kém</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Chưa xếp loại</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Excellently completed duties</translation>
    </message>
    <message>
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation>Well completed duties</translation>
    </message>
    <message>
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Completed duties</translation>
    </message>
    <message>
        <source>Không hoàn thành nhiệm vụ</source>
        <translation>Did not complete duties</translation>
    </message>
    <message>
        <source>Xuất sắc</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>có mặt %1/%2</source>
        <translation>present %1/%2</translation>
    </message>
    <message>
        <source>Chưa nhập họ và tên.</source>
        <translation>The full name is missing.</translation>
    </message>
    <message>
        <source>Ngày chính thức không được trước ngày vào Đảng.</source>
        <translation>The full-membership date cannot be before the admission date.</translation>
    </message>
    <message>
        <source>Ngày vào Đảng phải sau khi đủ 18 tuổi.</source>
        <translation>The admission date must be after the member&apos;s 18th birthday.</translation>
    </message>
    <message>
        <source>người</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>thời hạn</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>sản phẩm</source>
        <translation>expected output</translation>
    </message>
    <message>
        <source>Chưa nhập tên nhiệm vụ.</source>
        <translation>The task&apos;s title is missing.</translation>
    </message>
    <message>
        <source>Thời hạn hoàn thành không được trước ngày bắt đầu.</source>
        <translation>The deadline cannot be before the start date.</translation>
    </message>
    <message>
        <source>Nhiệm vụ đã hoàn thành cần có ngày hoàn thành.</source>
        <translation>A task that is done needs the date it was done.</translation>
    </message>
    <message>
        <source>Chưa nhập tên chi bộ.</source>
        <translation>The cell name is missing.</translation>
    </message>
    <message>
        <source>Chưa nhập cấp ủy cấp trên.</source>
        <translation>The superior committee is missing.</translation>
    </message>
    <message>
        <source>Chưa nhập địa danh cho dòng ngày tháng.</source>
        <translation>The place for the date line is missing.</translation>
    </message>
    <message>
        <source>Năm cuối nhiệm kỳ không được trước năm đầu.</source>
        <translation>The term cannot end before it starts.</translation>
    </message>
    <message>
        <source>Ký hiệu cơ quan ban hành là một từ, không có “/”, ví dụ CB.</source>
        <translation>The issuer code is one word without “/”, for example CB.</translation>
    </message>
    <message>
        <source>Đảng viên giữ chức vụ lãnh đạo, quản lý</source>
        <translation>Member holding a leadership or management post</translation>
    </message>
    <message>
        <source>Đảng viên không giữ chức vụ lãnh đạo, quản lý</source>
        <translation>Member without a leadership or management post</translation>
    </message>
    <message>
        <source>Đảng viên ngoài hệ thống chính trị</source>
        <translation>Member outside the political system</translation>
    </message>
    <message>
        <source>Theo hồ sơ đảng viên</source>
        <translation>From the member&apos;s record</translation>
    </message>
</context>
</TS>
