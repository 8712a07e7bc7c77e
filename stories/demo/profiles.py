"""Demo exemplars: fictional people, collectives, households and model practices of the
former Kon Tum area, each with two stories. Written to read like a local news site."""

import datetime

D = datetime.date
T, K = "danh_hieu", "khen_thuong"
UB_KT = "Ủy ban nhân dân tỉnh Kon Tum"
UB_QN = "Ủy ban nhân dân tỉnh Quảng Ngãi"
UB_KR = "Ủy ban nhân dân huyện Kon Rẫy"
UB_DH = "Ủy ban nhân dân huyện Đăk Hà"
UB_TP = "Ủy ban nhân dân thành phố Kon Tum"


def award(kind, name, level, issuer, number, symbol, date, grade=""):
    return {"kind": kind, "name": name, "level": level, "issuer": issuer,
            "decision_number": number, "decision_symbol": symbol, "decision_date": date,
            "year": date.year, "grade": grade}


# Each exemplar: identity, classification, the achievement summary, a portrait story and a
# "how they did it" story.
EXEMPLARS = [
    {
        "name": "A Thút", "type": "ca_nhan", "level": "cap_tinh", "year": 2024,
        "place": "dak-koi-cu", "unit": "ubnd-dak-koi",
        "sectors": ["nong-nghiep", "doi-song-xa-hoi"], "movements": ["ntm"],
        "summary": "Người có uy tín ở làng Kon Klốc; hơn 15 năm vận động bà con bảo vệ 300 ha "
                   "rừng đầu nguồn và hiến gần 2.000 m² đất mở đường vào khu sản xuất.",
        "story": ("Già làng A Thút và những cánh rừng không bao giờ vắng bước chân",
                  "Ở làng Kon Klốc, nói đến giữ rừng là người ta nhắc tên già A Thút.",
                  ["Hơn mười lăm năm nay, cứ đầu tháng già lại cùng tổ bảo vệ rừng của làng đi "
                   "một vòng quanh 300 ha rừng đầu nguồn. Có chuyến đi mất trọn hai ngày, ngủ lại "
                   "trong chòi canh dựng bằng tre nứa.",
                   "Năm 2022, khi xã mở đường vào khu sản xuất, già là người đầu tiên ký giấy hiến "
                   "đất. Gần 2.000 m² rẫy cà phê của gia đình nằm trên tuyến đường được "
                   "nhường lại, "
                   "kéo theo mười một hộ khác làm theo.",
                   "Con đường dài 2,7 km giờ đã được bê tông hóa. Mùa thu hoạch, xe máy cày chở cà "
                   "phê về tận sân nhà, không còn cảnh gùi bộ qua dốc trơn."],
                  ("Rừng còn thì suối còn nước, làng còn người.", "Già làng A Thút")),
        "how": ("Kinh nghiệm giữ rừng của làng Kon Klốc: việc của rừng bàn ở nhà rông",
                "Không có quy chế nào dài dòng, chỉ có hương ước và những buổi họp làng.",
                ["Làng Kon Klốc đưa việc giữ rừng vào hương ước từ năm 2010. Mỗi hộ nhận một phần "
                 "rừng để trông coi, mỗi tháng họp một lần ở nhà rông để báo cáo.",
                 "Theo già A Thút, cái khó nhất là giữ được người trẻ. Làng giao cho thanh niên "
                 "việc ghi chép, chụp ảnh hiện trường và báo cho kiểm lâm qua điện thoại."],
                ["300 ha rừng đầu nguồn do 46 hộ nhận trông coi",
                 "Không để xảy ra cháy rừng trong 15 năm liên tục",
                 "Gần 2.000 m² đất được già hiến để mở đường"]),
        "awards": [award(K, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "cap_tinh", UB_KT,
                         "612", "QĐ-UBND", D(2024, 5, 20))],
        "consent": ("A Thút", D(2024, 3, 4)),
    },
    {
        "name": "Y Hiền", "type": "ca_nhan", "level": "cap_xa_huyen", "year": 2023,
        "place": "dak-koi-cu", "unit": "tram-y-te-dak-koi",
        "sectors": ["y-te"], "movements": ["vh"],
        "summary": "Nữ hộ sinh người Xơ Đăng, mười năm trực ở trạm y tế xã; đã đỡ đẻ an toàn "
                   "cho hơn 300 sản phụ và vận động nhiều gia đình bỏ tục sinh con ngoài rẫy.",
        "story": ("Nữ hộ sinh của bản làng",
                  "Ở Đăk Kôi, gần như đứa trẻ nào sinh sau năm 2014 cũng từng qua tay cô Y Hiền.",
                  ["Y Hiền về trạm y tế xã từ năm 2014, khi con đường từ trung tâm xã vào các "
                   "làng còn là đường đất. Mùa mưa, cô đi xe máy đến đoạn lầy thì gửi xe, lội bộ.",
                   "Ngày ấy nhiều sản phụ vẫn sinh con ngoài chòi rẫy theo tục cũ. Cô kiên nhẫn "
                   "đến từng nhà, nói chuyện với người chồng và cả bà mẹ chồng, bằng tiếng "
                   "Xơ Đăng.",
                   "Mười năm, hơn 300 ca đỡ đẻ an toàn. Tỷ lệ phụ nữ sinh con tại trạm y tế của xã "
                   "tăng từ khoảng một phần ba lên hơn chín phần mười."],
                  ("Mình nói bằng tiếng của làng thì người ta mới tin.", "Nữ hộ sinh Y Hiền")),
        "how": ("Đưa sản phụ về trạm y tế: cách làm của một nữ hộ sinh",
                "Không chờ sản phụ tìm đến, trạm y tế Đăk Kôi chủ động đi tìm sản phụ.",
                ["Mỗi quý, Y Hiền lập danh sách phụ nữ mang thai ở từng làng nhờ các cô đỡ thôn "
                 "bản. Những trường hợp có nguy cơ được đánh dấu để đến thăm hằng tháng.",
                 "Trạm y tế bố trí một phòng sinh ấm, có chỗ cho người nhà ở lại, điều mà các "
                 "gia đình ở xa rất cần."],
                ["Hơn 300 ca đỡ đẻ an toàn trong 10 năm",
                 "Trên 90% sản phụ sinh con tại cơ sở y tế năm 2023",
                 "Mỗi tháng khám thai lưu động ở 2 làng xa nhất"]),
        "awards": [award(K, "Giấy khen của Chủ tịch Ủy ban nhân dân huyện", "cap_huyen", UB_KR,
                         "1835", "QĐ-UBND", D(2023, 11, 2)),
                   award(T, "Chiến sĩ thi đua cơ sở", "co_so", UB_KR, "1901", "QĐ-UBND",
                         D(2023, 12, 15))],
        "consent": ("Y Hiền", D(2023, 10, 12)),
    },
    {
        "name": "Chi đoàn thôn Kon Rbàng", "type": "tap_the", "level": "co_so", "year": 2023,
        "place": "tan-lap", "unit": "doan-kon-braih",
        "sectors": ["xay-dung-dang-chinh-quyen-doan-the", "doi-song-xa-hoi"],
        "movements": ["ntm"],
        "summary": "Ba mươi đoàn viên góp 1.200 ngày công làm 4 km đường bê tông nội thôn và "
                   "thắp sáng 2 km đường quê bằng đèn năng lượng mặt trời.",
        "story": ("Những đoàn viên làm đường ở thôn Kon Rbàng",
                  "Ba mùa khô liền, chi đoàn thôn Kon Rbàng dành trọn ngày nghỉ cho công trường.",
                  ["Chi đoàn có 30 đoàn viên, phần lớn làm rẫy cà phê và đi làm thuê theo mùa. "
                   "Họ thống nhất mỗi người góp ít nhất 40 ngày công mỗi năm cho đường thôn.",
                   "Xi măng do Nhà nước hỗ trợ, cát đá bà con góp, còn công trộn bê tông, đổ "
                   "đường là của đoàn viên. Sau ba năm, 4 km đường đất thành đường bê tông.",
                   "Năm 2023, chi đoàn vận động được 60 bộ đèn năng lượng mặt trời, thắp sáng "
                   "đoạn đường từ thôn ra trường học."],
                  ("Đường do mình làm thì mình giữ.", "Bí thư chi đoàn Y Lan")),
        "how": ("Chi đoàn Kon Rbàng chia việc làm đường thế nào",
                "Bí quyết nằm ở bảng phân công dán ngay cửa nhà văn hóa thôn.",
                ["Chi đoàn chia thành năm tổ, mỗi tổ phụ trách một đoạn đường và tự chọn ngày "
                 "làm. Bảng phân công công khai, ai vắng thì tổ bù người.",
                 "Những ngày đổ bê tông, hội phụ nữ thôn nấu cơm, hội cựu chiến binh trông vật "
                 "liệu. Công trình vì thế trở thành việc của cả thôn."],
                ["4 km đường bê tông nội thôn trong 3 năm",
                 "1.200 ngày công của đoàn viên", "60 đèn năng lượng mặt trời trên 2 km đường"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", "Ban Chấp hành Huyện Đoàn Kon Rẫy", "45",
                         "QĐ/HĐTN", D(2023, 3, 24))],
    },
    {
        "name": "Hộ ông Đinh Văn Hùng", "type": "ho_gia_dinh", "level": "co_so",
        "year": 2024, "place": "ha-mon", "unit": "ubnd-dak-ha",
        "sectors": ["nong-nghiep"], "movements": ["ngheo", "ntm"],
        "summary": "Từ hộ nghèo năm 2018, gia đình chuyển 1,5 ha rẫy sang trồng cà phê xen sầu "
                   "riêng, có thu nhập khá và nhận kèm 5 hộ khó khăn cùng làm.",
        "story": ("Từ hộ nghèo thành người dẫn đường cho hàng xóm",
                  "Năm 2018, nhà ông Hùng còn trong danh sách hộ nghèo của xã.",
                  ["Ông Hùng kể, khi đó cả nhà trông vào 1,5 ha mì và lúa rẫy, năm được năm mất. "
                   "Vay vốn chính sách xã hội, ông chuyển dần sang trồng cà phê xen sầu riêng.",
                   "Ông học cách bón phân, tỉa cành từ các lớp tập huấn của hội nông dân, rồi ghi "
                   "chép cẩn thận từng vụ. Năm 2023, vườn cho thu hoạch ổn định.",
                   "Không giữ kinh nghiệm cho riêng mình, ông nhận kèm 5 hộ khó khăn trong thôn, "
                   "cho mượn cây giống và cùng làm từ khâu đào hố."],
                  ("Làm giàu một mình thì không vui.", "Ông Đinh Văn Hùng")),
        "how": ("Cà phê xen sầu riêng trên đất dốc: những điều ông Hùng rút ra",
                "Trồng xen không khó, cái khó là kiên nhẫn chờ cây.",
                ["Theo ông Hùng, sầu riêng cần ba đến bốn năm mới cho quả bói, nên trong thời "
                 "gian đó cà phê là nguồn thu chính. Khoảng cách trồng phải tính từ đầu.",
                 "Ông đào rãnh chắn nước theo đường đồng mức để giữ đất khi mưa lớn, cách làm "
                 "được cán bộ khuyến nông xã hướng dẫn."],
                ["1,5 ha cà phê xen sầu riêng", "Thoát nghèo năm 2021",
                 "Kèm cặp 5 hộ khó khăn trong thôn"]),
        "awards": [award(K, "Giấy khen", "cap_xa", "Ủy ban nhân dân xã Hà Mòn", "112",
                         "QĐ-UBND", D(2024, 1, 10))],
        "consent": ("Đinh Văn Hùng", D(2024, 1, 2)),
    },
    {
        "name": "Mô hình “Tủ sách nhà rông”", "type": "mo_hinh", "level": "cap_tinh",
        "year": 2025, "place": "dak-koi-cu", "unit": "truong-dak-koi",
        "sectors": ["giao-duc-va-dao-tao", "van-hoa-nghe-thuat-the-duc-the-thao"],
        "movements": ["dthhtt", "vh"],
        "summary": "Giáo viên và phụ huynh đặt tủ sách ở 6 nhà rông; hơn 2.400 cuốn sách được "
                   "trẻ em mượn đọc mỗi năm, nhiều cuốn song ngữ Việt - Xơ Đăng.",
        "story": ("Tủ sách ở nhà rông",
                  "Tối thứ Bảy, nhà rông làng Kon Rlong sáng đèn không phải vì họp làng.",
                  ["Từ năm 2022, giáo viên Trường Phổ thông Dân tộc bán trú Tiểu học Đăk Kôi đặt "
                   "những tủ sách nhỏ ở nhà rông các làng. Phụ huynh góp gỗ, học sinh góp sách cũ.",
                   "Đến nay, 6 nhà rông đã có tủ sách với hơn 1.100 cuốn. Mỗi tủ có một học sinh "
                   "lớp 5 làm thủ thư, ghi sổ mượn trả bằng nét chữ còn vụng.",
                   "Nhiều cuốn truyện được thầy cô dịch sang tiếng Xơ Đăng, dán bản dịch ngay "
                   "dưới trang, để ông bà đọc cùng cháu."],
                  ("Các em đọc cho ông bà nghe, thế là cả nhà cùng đọc.",
                   "Cô giáo Nguyễn Thị Mai")),
        "how": ("Làm tủ sách nhà rông: ít tiền, nhiều người góp sức",
                "Chi phí cho một tủ sách chưa đến ba triệu đồng.",
                ["Nhà trường lập nhóm Zalo với phụ huynh từng làng để kêu gọi góp gỗ và công "
                 "đóng tủ. Sách đến từ học sinh, giáo viên và các đoàn thiện nguyện.",
                 "Mỗi học kỳ, sách được luân chuyển giữa các làng để trẻ luôn có sách mới đọc."],
                ["6 tủ sách ở 6 nhà rông", "Hơn 2.400 lượt mượn sách mỗi năm",
                 "Hơn 120 cuốn có bản dịch tiếng Xơ Đăng"]),
        "awards": [award(K, "Bằng khen", "cap_tinh", UB_KT, "204", "QĐ-UBND",
                         D(2025, 3, 18))],
    },
    {
        "name": "Trung tá Nguyễn Văn Sơn", "type": "ca_nhan", "level": "cap_tinh",
        "year": 2023, "place": "ha-mon", "unit": "cong-an-dak-ha",
        "sectors": ["quoc-phong-an-ninh"], "movements": ["hcm"],
        "summary": "Trưởng Công an xã; phối hợp người có uy tín hòa giải thành 27 vụ mâu thuẫn "
                   "đất đai, vận động người dân giao nộp 19 khẩu súng tự chế.",
        "story": ("Người trưởng công an xã được bà con gọi là “anh Sơn của làng”",
                  "Anh Sơn có thói quen ăn cơm với dân hơn ngồi trụ sở.",
                  ["Về nhận nhiệm vụ tại xã Hà Mòn từ năm 2020, Trung tá Nguyễn Văn Sơn dành phần "
                   "lớn "
                   "thời gian ở các thôn, học tiếng Giẻ Triêng để trò chuyện với bà con.",
                   "Những vụ tranh chấp đất rẫy kéo dài nhiều năm được anh cùng già làng ngồi "
                   "lại hòa giải. Trong ba năm, 27 vụ mâu thuẫn được giải quyết ngay tại thôn.",
                   "Anh cũng vận động người dân tự nguyện giao nộp 19 khẩu súng tự chế, một việc "
                   "mà trước đó nhiều người e ngại."],
                  ("Dân tin thì việc gì cũng dễ.", "Trung tá Nguyễn Văn Sơn")),
        "how": ("Hòa giải ở cơ sở: công an xã ngồi cùng già làng",
                "Mỗi vụ việc bắt đầu bằng một buổi nghe hai bên nói, ở nhà già làng.",
                ["Công an xã lập danh sách người có uy tín ở từng thôn và mời họ tham gia tổ "
                 "hòa giải. Mọi thỏa thuận đều được ghi thành biên bản có chữ ký hai bên.",
                 "Những vụ phức tạp được báo cáo lên xã trước khi quá muộn, nhờ đó không có vụ "
                 "nào phải đưa ra tòa."],
                ["27 vụ mâu thuẫn hòa giải thành", "19 khẩu súng tự chế được giao nộp",
                 "Không có khiếu kiện vượt cấp trong 3 năm"]),
        "awards": [award(K, "Bằng khen", "cap_tinh", UB_KT, "1420", "QĐ-UBND",
                         D(2023, 12, 8))],
        "consent": ("Nguyễn Văn Sơn", D(2023, 11, 20)),
    },
    {
        "name": "Tổ tự quản đường hoa thôn 3", "type": "tap_the", "level": "nhan_to_moi",
        "year": 2025, "place": "dak-ha", "unit": "ubnd-dak-ha",
        "sectors": ["doi-song-xa-hoi"], "movements": ["ntm-dt"],
        "summary": "Mười tám hộ tự trồng và chăm 1,2 km đường hoa, mỗi tháng tổng vệ sinh "
                   "hai lần; thôn không còn điểm đổ rác tự phát.",
        "story": ("Con đường hoa của mười tám nóc nhà",
                  "Một km hai trăm mét hoa mười giờ và cúc dại chạy dọc con đường thôn 3.",
                  ["Ý tưởng bắt đầu từ chị Lê Thị Hạnh, tổ trưởng tổ phụ nữ, sau một chuyến "
                   "tham quan nông thôn mới ở tỉnh bạn.",
                   "Mười tám hộ chia nhau mỗi nhà một đoạn trước cửa. Hoa do các gia đình tự "
                   "ươm, cọc rào tận dụng tre trong vườn.",
                   "Từ ngày có đường hoa, bãi rác tự phát ở đầu thôn biến mất. Chiều chiều, trẻ "
                   "con ra tưới hoa cùng bà."],
                  ("Nhà ai cũng muốn đoạn hoa trước cửa mình đẹp nhất.",
                   "Chị Lê Thị Hạnh")),
        "how": ("Giữ đường hoa bền lâu: tổ tự quản thôn 3 làm gì",
                "Trồng hoa thì dễ, giữ hoa qua mùa khô mới khó.",
                ["Tổ đặt lịch tưới luân phiên vào mùa khô và dùng nước giếng chung. Mỗi quý "
                 "tổ họp một lần để bàn giống hoa mới.",
                 "Quy ước của tổ được đưa vào hương ước thôn, có cả mức nhắc nhở nếu hộ nào "
                 "để cỏ mọc quá cao."],
                ["1,2 km đường hoa", "18 hộ tham gia", "2 lần tổng vệ sinh mỗi tháng"]),
        "awards": [award(K, "Giấy khen", "cap_xa", "Ủy ban nhân dân xã Đăk Hà", "87",
                         "QĐ-UBND", D(2025, 9, 12))],
    },
    {
        "name": "Cô giáo Nguyễn Thị Mai", "type": "ca_nhan", "level": "toan_quoc",
        "year": 2024, "place": "dak-koi-cu", "unit": "truong-dak-koi",
        "sectors": ["giao-duc-va-dao-tao"], "movements": ["dthhtt", "hcm"],
        "summary": "Hai mươi năm dạy học ở điểm trường xa nhất xã; duy trì lớp xóa mù chữ buổi "
                   "tối, giúp 64 người lớn biết đọc, biết viết.",
        "story": ("Hai mươi năm gieo chữ ở điểm trường cuối đường",
                  "Điểm trường làng Kon Ktu cách trung tâm xã 18 km, có đoạn phải lội suối.",
                  ["Cô Mai lên Kon Ktu năm 2004, khi điểm trường chỉ có một phòng học tranh tre. "
                   "Hai mươi năm, cô đã dạy hai thế hệ học trò của làng.",
                   "Từ năm 2016, cô mở thêm lớp xóa mù chữ buổi tối cho người lớn. Ánh đèn pin "
                   "của những người đi học lấp lánh dọc đường làng.",
                   "Đến nay, 64 người lớn đã biết đọc, biết viết, có người lần đầu tự ký tên "
                   "vào sổ đỏ của gia đình."],
                  ("Người lớn biết chữ thì con cháu đi học đều hơn.", "Cô giáo Nguyễn Thị Mai")),
        "how": ("Lớp học buổi tối cho người lớn: những điều cô Mai học được",
                "Người lớn đi học cần được tôn trọng trước, rồi mới đến giáo trình.",
                ["Cô Mai chọn bài học từ chính cuộc sống: đọc giấy hẹn khám bệnh, ghi sổ thu "
                 "chi, viết tên các loại phân bón.",
                 "Lớp học linh hoạt theo mùa vụ, nghỉ vào tháng thu hoạch và học bù vào những "
                 "tháng nông nhàn."],
                ["64 người lớn biết đọc, biết viết", "20 năm công tác ở điểm trường xa",
                 "Tỷ lệ học sinh chuyên cần trên 98%"]),
        "awards": [award(K, "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo", "cap_bo",
                         "Bộ Giáo dục và Đào tạo", "3116", "QĐ-BGDĐT", D(2024, 10, 28))],
        "consent": ("Nguyễn Thị Mai", D(2024, 9, 30)),
    },
    {
        "name": "Hợp tác xã Nông nghiệp Đăk Rve", "type": "tap_the", "level": "cap_tinh",
        "year": 2022, "place": "dak-ruong", "unit": "htx-dak-rve",
        "sectors": ["nong-nghiep", "khoa-hoc-va-cong-nghe"], "movements": ["ntm", "cds"],
        "summary": "Liên kết 126 hộ trồng cà phê theo hướng hữu cơ, ghi nhật ký canh tác điện tử; "
                   "giá bán cao hơn thị trường 10 - 15%.",
        "story": ("Hợp tác xã đưa cà phê Đăk Rve lên sàn thương mại điện tử",
                  "Mỗi bao cà phê của hợp tác xã đều có mã QR dẫn về nhật ký vườn.",
                  ["Thành lập năm 2019 với 20 thành viên, đến nay Hợp tác xã Nông nghiệp Đăk Rve "
                   "liên kết với 126 hộ, phần lớn là đồng bào Xơ Đăng.",
                   "Các hộ được tập huấn ghi nhật ký bón phân, phun thuốc trên điện thoại. Thông "
                   "tin ấy giúp hợp tác xã truy xuất nguồn gốc khi bán cho doanh nghiệp.",
                   "Nhờ chất lượng ổn định, giá thu mua cao hơn thị trường 10 - 15%. Năm 2024, "
                   "hợp tác xã bắt đầu bán cà phê rang xay qua sàn thương mại điện tử."],
                  ("Bà con ghi nhật ký đầy đủ thì mình mới dám cam kết với khách hàng.",
                   "Giám đốc hợp tác xã Y Thương")),
        "how": ("Nhật ký canh tác điện tử: bắt đầu từ cuốn sổ tay",
                "Trước khi có ứng dụng, các hộ đã quen ghi sổ tay suốt hai năm.",
                ["Hợp tác xã làm từng bước: năm đầu ghi sổ giấy, năm sau chuyển dần lên ứng "
                 "dụng điện thoại. Những hộ lớn tuổi được con cháu ghi giúp.",
                 "Mỗi tháng, cán bộ kỹ thuật đến kiểm tra ngẫu nhiên vài vườn để đối chiếu."],
                ["126 hộ liên kết", "Giá bán cao hơn thị trường 10 - 15%",
                 "100% lô hàng có mã truy xuất nguồn gốc"]),
        "awards": [award(T, "Tập thể lao động xuất sắc", "cap_tinh", UB_KT, "980",
                         "QĐ-UBND", D(2022, 11, 15))],
    },
    {
        "name": "Ông Lê Văn Ba", "type": "ca_nhan", "level": "co_so", "year": 2025,
        "place": "dak-cam", "unit": "ccb-dak-cam",
        "sectors": ["an-sinh-xa-hoi"], "movements": ["nhatam"],
        "summary": "Cựu chiến binh 72 tuổi, cùng tổ thợ tình nguyện sửa và dựng mới 9 căn nhà "
                   "cho hộ nghèo trong đợt xóa nhà tạm, nhà dột nát.",
        "story": ("Người thợ mộc cựu chiến binh và chín mái nhà mới",
                  "Ở tuổi 72, ông Ba vẫn leo mái như thanh niên.",
                  ["Ông Lê Văn Ba học nghề mộc sau khi xuất ngũ. Khi phường phát động xóa nhà tạm, "
                   "nhà dột nát, ông rủ bốn người bạn cùng nghề lập tổ thợ tình nguyện.",
                   "Tổ không nhận tiền công, chỉ nhận cơm trưa. Trong năm 2025, tổ đã sửa và dựng "
                   "mới 9 căn nhà cho các hộ nghèo, hộ có hoàn cảnh khó khăn.",
                   "Căn nhà thứ chín là của bà Y Nga, sống một mình. Ngày dọn vào, bà nắm tay ông "
                   "Ba rất lâu mà không nói được gì."],
                  ("Còn sức thì còn làm.", "Ông Lê Văn Ba")),
        "how": ("Tổ thợ tình nguyện: góp công, tiết kiệm tiền cho hộ nghèo",
                "Mỗi căn nhà tiết kiệm được khoảng 15 triệu đồng tiền công.",
                ["Hội cựu chiến binh phường lập danh sách hộ cần hỗ trợ, tổ thợ khảo sát và dự "
                 "trù vật liệu. Tiền hỗ trợ của Nhà nước chỉ dùng mua vật liệu.",
                 "Tổ tận dụng gỗ, tôn cũ còn tốt do người dân góp, giúp giảm chi phí mà nhà vẫn "
                 "vững chãi."],
                ["9 căn nhà sửa và dựng mới năm 2025", "5 thợ tình nguyện",
                 "Khoảng 15 triệu đồng tiền công tiết kiệm mỗi căn"]),
        "awards": [award(K, "Giấy khen", "co_so", "Hội Cựu chiến binh tỉnh Quảng Ngãi", "36",
                         "QĐ-CCB", D(2025, 10, 6))],
        "consent": ("Lê Văn Ba", D(2025, 9, 1)),
    },
]

EXEMPLARS += [
    {
        "name": "Chị Y Blin", "type": "ca_nhan", "level": "cap_xa_huyen", "year": 2022,
        "place": "ngok-reo-cu", "unit": "phu-nu-ngok-reo",
        "sectors": ["an-sinh-xa-hoi", "tai-chinh-ngan-hang"], "movements": ["ngheo"],
        "summary": "Tổ trưởng tổ tiết kiệm và vay vốn; quản lý 1,8 tỷ đồng vốn chính sách cho "
                   "52 hộ, bảy năm liền không có nợ quá hạn.",
        "story": ("Người giữ “túi tiền” của 52 hộ nghèo",
                  "Sổ sách của tổ vay vốn do chị Y Blin ghi chép chưa từng sai một đồng.",
                  ["Chị Y Blin làm tổ trưởng tổ tiết kiệm và vay vốn của thôn từ năm 2015. Tổ "
                   "hiện quản lý 1,8 tỷ đồng vốn vay ưu đãi cho 52 hộ.",
                   "Trước mỗi lần giải ngân, chị đến tận nhà hỏi hộ vay định làm gì, rồi theo dõi "
                   "đến khi con bò, vườn cây ấy sinh lời.",
                   "Bảy năm liền, tổ không có khoản nợ quá hạn nào. Nhiều hộ đã trả hết nợ và "
                   "ra khỏi danh sách hộ nghèo."],
                  ("Vay để làm ăn, không vay để tiêu.", "Chị Y Blin")),
        "how": ("Tổ vay vốn không có nợ quá hạn: cách của chị Y Blin",
                "Họp tổ đều đặn mỗi tháng là điều kiện đầu tiên.",
                ["Ngày họp tổ cũng là ngày thu lãi và tiền gửi tiết kiệm. Ai khó khăn thì nói "
                 "trước để cả tổ cùng tìm cách.",
                 "Chị ghi sổ công khai và đọc to trước tổ, ai cũng biết tiền đi đâu."],
                ["1,8 tỷ đồng dư nợ", "52 hộ vay vốn", "7 năm không có nợ quá hạn"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", "Ngân hàng Chính sách xã hội huyện Đăk Hà",
                         "58", "QĐ-NHCS", D(2022, 12, 20))],
        "consent": ("Y Blin", D(2022, 12, 1)),
    },
    {
        "name": "Bộ phận Một cửa xã Kon Braih", "type": "tap_the", "level": "cap_tinh",
        "year": 2025, "place": "kon-braih", "unit": "ubnd-kon-braih",
        "sectors": ["cai-cach-hanh-chinh"], "movements": ["congso", "cds"],
        "summary": "Giải quyết trước hạn 98% hồ sơ trong 6 tháng đầu vận hành chính quyền hai "
                   "cấp; lập tổ hỗ trợ người dân nộp hồ sơ trực tuyến tại thôn.",
        "story": ("Bộ phận Một cửa nơi người dân không phải xếp hàng",
                  "Sau ngày 1/7/2025, xã Kon Braih nhận thêm nhiều thủ tục từ huyện chuyển về.",
                  ["Khối lượng hồ sơ tăng gần gấp đôi, nhưng Bộ phận Một cửa của xã vẫn giải "
                   "quyết trước hạn 98% hồ sơ trong sáu tháng đầu tiên.",
                   "Cán bộ chia ca trực cả sáng thứ Bảy. Những thủ tục hay gặp được in thành "
                   "hướng dẫn bằng hai thứ tiếng Việt và Xơ Đăng.",
                   "Tổ công nghệ số cộng đồng của xã đến từng thôn, giúp người dân cài ứng dụng và "
                   "nộp hồ sơ trực tuyến ngay tại nhà văn hóa."],
                  ("Người dân đi một lần là xong việc, đó là thước đo của chúng tôi.",
                   "Trưởng bộ phận Một cửa Phạm Thị Thu")),
        "how": ("Một cửa xã sau khi bỏ cấp huyện: ba việc làm ngay",
                "Kinh nghiệm của xã Kon Braih trong những tháng đầu chính quyền hai cấp.",
                ["Thứ nhất, rà soát lại toàn bộ thủ tục được giao và phân công người chịu trách "
                 "nhiệm từng nhóm. Thứ hai, lập sổ theo dõi hồ sơ sắp đến hạn.",
                 "Thứ ba, đưa dịch vụ đến thôn: một buổi mỗi tuần, cán bộ mang máy tính xuống "
                 "thôn xa để nhận hồ sơ."],
                ["98% hồ sơ giải quyết trước hạn", "12 thôn có tổ công nghệ số cộng đồng",
                 "Làm việc sáng thứ Bảy hằng tuần"]),
        "awards": [award(K, "Bằng khen", "cap_tinh", UB_QN, "1544", "QĐ-UBND",
                         D(2025, 10, 30))],
    },
    {
        "name": "Hộ bà Y Nhi", "type": "ho_gia_dinh", "level": "nhan_to_moi", "year": 2026,
        "place": "kon-braih", "unit": "ubnd-kon-braih",
        "sectors": ["van-hoa-nghe-thuat-the-duc-the-thao"], "movements": ["vh"],
        "summary": "Ba thế hệ dệt thổ cẩm; mở lớp dạy dệt miễn phí cho 25 em gái trong làng và "
                   "bán sản phẩm qua mạng xã hội.",
        "story": ("Khung cửi ba thế hệ ở làng Đăk Tờ Re",
                  "Bà Y Nhi, con gái và cháu gái cùng ngồi bên khung cửi mỗi buổi chiều.",
                  ["Nghề dệt thổ cẩm của người Xơ Đăng từng có lúc tưởng mai một. Bà Y Nhi vẫn "
                   "giữ khung cửi và những hoa văn mẹ truyền lại.",
                   "Từ năm 2024, bà mở lớp dạy dệt miễn phí ở sân nhà cho các em gái trong làng. "
                   "Đã có 25 em dệt được tấm khăn đầu tiên.",
                   "Cháu gái bà chụp ảnh sản phẩm đăng lên mạng xã hội. Những tấm khăn, chiếc túi "
                   "thổ cẩm giờ đã đến tay khách ở nhiều tỉnh thành."],
                  ("Hoa văn là chữ của người Xơ Đăng, mất hoa văn là mất chữ.", "Bà Y Nhi")),
        "how": ("Giữ nghề dệt bằng cách bán được sản phẩm",
                "Nghề chỉ sống khi người làm nghề sống được bằng nghề.",
                ["Gia đình bà Y Nhi vừa dệt hoa văn truyền thống, vừa làm thêm sản phẩm nhỏ như "
                 "ví, móc khóa cho khách du lịch.",
                 "Mỗi sản phẩm kèm một tấm thẻ nhỏ giải thích ý nghĩa hoa văn."],
                ["3 thế hệ cùng dệt", "25 em gái học dệt miễn phí", "Bán hàng qua mạng xã hội"]),
        "awards": [award(K, "Giấy khen", "cap_xa", "Ủy ban nhân dân xã Kon Braih", "21",
                         "QĐ-UBND", D(2026, 3, 8))],
        "consent": ("Y Nhi", D(2026, 2, 20)),
    },
    {
        "name": "Dân quân thường trực xã Đăk Pxi", "type": "tap_the", "level": "cap_tinh",
        "year": 2024, "place": "dak-pxi-cu", "unit": "quan-su-dak-pxi",
        "sectors": ["quoc-phong-an-ninh", "an-sinh-xa-hoi"], "movements": ["hcm"],
        "summary": "Trong trận lũ tháng 10/2024, tổ dân quân sơ tán an toàn 43 hộ, cứu 2 người "
                   "bị nước cuốn và giúp dân dọn bùn sau lũ.",
        "story": ("Đêm không ngủ của tổ dân quân Đăk Pxi",
                  "Nước sông Đăk Pxi lên rất nhanh trong đêm 27/10/2024.",
                  ["Nhận tin báo lúc 22 giờ, tổ dân quân thường trực có mặt ở khu dân cư ven "
                   "sông, dùng thuyền và dây thừng đưa 43 hộ lên chỗ cao.",
                   "Gần sáng, hai người đi rẫy về bị nước cuốn. Các chiến sĩ dân quân lội dòng "
                   "nước xiết, kéo cả hai vào bờ an toàn.",
                   "Khi nước rút, tổ ở lại thêm năm ngày giúp bà con dọn bùn, dựng lại chuồng "
                   "trại."],
                  ("Nghe dân gọi là chạy, không ai hỏi mấy giờ.", "Tiểu đội trưởng A Sang")),
        "how": ("Phương án sơ tán được diễn tập từ mùa khô",
                "Tổ dân quân đã đi từng nhà đánh dấu đường thoát lũ từ tháng 4.",
                ["Mỗi hộ ven sông biết trước điểm tập trung và người phụ trách. Danh sách người "
                 "già, trẻ nhỏ được lập riêng để ưu tiên sơ tán.",
                 "Thuyền, áo phao, dây thừng được kiểm tra hằng tháng trong mùa mưa."],
                ["43 hộ sơ tán an toàn", "2 người được cứu khỏi nước lũ",
                 "5 ngày giúp dân khắc phục hậu quả"]),
        "awards": [award(K, "Bằng khen", "cap_tinh", UB_KT, "1301", "QĐ-UBND",
                         D(2024, 11, 22))],
    },
    {
        "name": "Anh Trần Minh Quân", "type": "ca_nhan", "level": "co_so", "year": 2025,
        "place": "kon-tum", "unit": "doan-kon-tum",
        "sectors": ["thong-tin-va-truyen-thong", "khoa-hoc-va-cong-nghe"],
        "movements": ["cds"],
        "summary": "Kỹ sư phần mềm trẻ; mở 14 lớp “bình dân học vụ số” cho hơn 400 người cao "
                   "tuổi, hướng dẫn dùng dịch vụ công trực tuyến và nhận biết lừa đảo qua mạng.",
        "story": ("Lớp “bình dân học vụ số” của kỹ sư 28 tuổi",
                  "Học trò của anh Quân phần lớn đã ngoài sáu mươi.",
                  ["Sau giờ làm, anh Trần Minh Quân mở lớp ở nhà văn hóa tổ dân phố, dạy người "
                   "cao tuổi dùng điện thoại thông minh.",
                   "Bài học bắt đầu từ việc gọi video cho con cháu, rồi đến nộp hồ sơ trực tuyến, "
                   "thanh toán tiền điện, nhận biết tin nhắn lừa đảo.",
                   "Sau 14 lớp, hơn 400 người đã biết tự làm những việc mà trước đây phải nhờ "
                   "con cháu."],
                  ("Các cô chú hỏi đi hỏi lại cũng được, miễn là hiểu.", "Anh Trần Minh Quân")),
        "how": ("Dạy người cao tuổi dùng điện thoại: chậm mà chắc",
                "Mỗi buổi chỉ một việc, làm đi làm lại đến khi thuộc.",
                ["Anh Quân in hướng dẫn chữ to, có ảnh chụp màn hình từng bước. Mỗi học viên có "
                 "một đoàn viên kèm riêng.",
                 "Phần nhận biết lừa đảo được dạy bằng những tin nhắn giả có thật mà học viên "
                 "từng nhận."],
                ["14 lớp học", "Hơn 400 người cao tuổi tham gia",
                 "30 đoàn viên làm trợ giảng"]),
        "awards": [award(K, "Giấy khen", "co_so", "Ban Chấp hành Đoàn phường Kon Tum", "17",
                         "QĐ/ĐTN", D(2025, 8, 26))],
        "consent": ("Trần Minh Quân", D(2025, 8, 1)),
    },
    {
        "name": "Mô hình “Thùng rác nhựa đổi cây xanh”", "type": "mo_hinh",
        "level": "cap_xa_huyen", "year": 2024, "place": "thang-loi", "unit": "doan-kon-tum",
        "sectors": ["doi-song-xa-hoi"], "movements": ["ntm-dt", "khcn"],
        "summary": "Người dân mang rác nhựa đến đổi lấy cây giống; hơn 6 tấn rác nhựa được thu "
                   "gom, 3.000 cây xanh được trồng trong phường.",
        "story": ("Mang chai nhựa đến, mang cây xanh về",
                  "Sáng chủ nhật cuối tháng, sân nhà văn hóa tổ 5 đông như hội.",
                  ["Đoàn Thanh niên phường bắt đầu mô hình đổi rác nhựa lấy cây giống từ năm "
                   "2023. Năm ki-lô-gam rác nhựa đổi được một cây sao đen hoặc cây hoa.",
                   "Rác nhựa được phân loại và bán cho cơ sở tái chế, tiền thu được dùng mua cây "
                   "cho đợt sau.",
                   "Sau hơn một năm, hơn 6 tấn rác nhựa đã được thu gom, 3.000 cây xanh được trồng "
                   "dọc các tuyến đường trong phường."],
                  ("Trẻ con còn nhặt chai nhựa hăng hơn người lớn.", "Bí thư đoàn phường")),
        "how": ("Để mô hình đổi rác lấy cây tự nuôi được mình",
                "Tiền bán phế liệu trang trải gần hết chi phí mua cây.",
                ["Đoàn phường ký thỏa thuận với một cơ sở tái chế để bán rác nhựa theo giá cố "
                 "định, giúp việc tính toán dễ dàng.",
                 "Các trường học trong phường được mời tham gia, mỗi lớp có một góc gom chai."],
                ["Hơn 6 tấn rác nhựa", "3.000 cây xanh được trồng",
                 "12 trường học cùng tham gia"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", UB_TP, "2290", "QĐ-UBND",
                         D(2024, 6, 5))],
    },
    {
        "name": "Bác sĩ Phạm Đức Long", "type": "ca_nhan", "level": "cap_tinh", "year": 2021,
        "place": "quyet-thang", "unit": "benh-vien-kon-tum",
        "sectors": ["y-te"], "movements": ["covid"],
        "summary": "Trực tiếp điều hành khu điều trị COVID-19 suốt 5 tháng năm 2021; khu điều trị "
                   "tiếp nhận 612 bệnh nhân, không có ca tử vong.",
        "story": ("Năm tháng ở khu điều trị COVID-19",
                  "Bác sĩ Long nhớ từng ca bệnh nặng của mùa dịch năm 2021.",
                  ["Tháng 7/2021, bác sĩ Phạm Đức Long nhận nhiệm vụ phụ trách khu điều trị "
                   "COVID-19 dã chiến. Anh ở lại khu điều trị suốt năm tháng, chỉ về nhà hai lần.",
                   "Khu điều trị tiếp nhận 612 bệnh nhân, trong đó có 37 ca nặng. Không có bệnh "
                   "nhân nào tử vong.",
                   "Những video hướng dẫn tự chăm sóc tại nhà do anh và đồng nghiệp quay được "
                   "chia sẻ rộng rãi trong các nhóm Zalo của tỉnh."],
                  ("Lúc ấy không ai nghĩ mình là anh hùng, chỉ nghĩ đến ca trực tiếp theo.",
                   "Bác sĩ Phạm Đức Long")),
        "how": ("Điều hành khu điều trị dã chiến: phân tầng bệnh nhân từ đầu",
                "Bài học lớn nhất là phân loại bệnh nhân ngay khi tiếp nhận.",
                ["Bệnh nhân được chia ba tầng theo mức độ, mỗi tầng có quy trình theo dõi riêng. "
                 "Ca có nguy cơ được đo nồng độ ô-xy bốn giờ một lần.",
                 "Mỗi ngày, các bác sĩ họp giao ban trực tuyến với bệnh viện tuyến trên để hội "
                 "chẩn những ca khó."],
                ["612 bệnh nhân được điều trị", "37 ca nặng hồi phục",
                 "5 tháng liên tục ở khu điều trị"]),
        "awards": [award(K, "Bằng khen", "cap_tinh", UB_KT, "1122", "QĐ-UBND",
                         D(2021, 12, 10))],
        "consent": ("Phạm Đức Long", D(2022, 1, 5)),
    },
    {
        "name": "Hội Phụ nữ thôn Đăk Wơk", "type": "tap_the", "level": "co_so", "year": 2023,
        "place": "dak-pne", "unit": "phu-nu-dak-koi",
        "sectors": ["doi-song-xa-hoi", "an-sinh-xa-hoi"], "movements": ["ngheo", "vh"],
        "summary": "Duy trì “hũ gạo tình thương” 6 năm, hỗ trợ 38 lượt hộ khó khăn; vận động "
                   "xóa bỏ tảo hôn, ba năm liền thôn không có trường hợp tảo hôn.",
        "story": ("Hũ gạo tình thương của phụ nữ Đăk Wơk",
                  "Mỗi tuần, mỗi hội viên bớt ra một nắm gạo trước khi nấu cơm.",
                  ["Sáu năm trước, chi hội phụ nữ thôn Đăk Wơk bắt đầu phong trào “hũ gạo tình "
                   "thương”. Gạo góp lại được trao cho hộ có người ốm, người già neo đơn.",
                   "Đã có 38 lượt hộ được giúp, có tháng giáp hạt chi hội trao gần một tạ gạo.",
                   "Chi hội còn đến từng nhà có con gái tuổi 15, 16 để nói chuyện về tảo hôn. Ba "
                   "năm liền, thôn không còn trường hợp nào."],
                  ("Một nắm gạo thì nhỏ, nhiều nắm gạo thì cứu được cả nhà.",
                   "Chi hội trưởng Y Mai")),
        "how": ("Vận động chống tảo hôn bằng những câu chuyện thật",
                "Chi hội mời chính những người từng tảo hôn kể lại chuyện của mình.",
                ["Buổi sinh hoạt nào cũng có một câu chuyện thật, kể bằng tiếng Xơ Đăng. Cán bộ "
                 "tư pháp xã giải thích thêm về pháp luật.",
                 "Những gia đình có dấu hiệu cho con lấy chồng sớm được hội viên gần nhà thăm "
                 "hỏi thường xuyên."],
                ["38 lượt hộ được hỗ trợ gạo", "3 năm không có tảo hôn",
                 "45 hội viên tham gia"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", "Hội Liên hiệp Phụ nữ huyện Kon Rẫy",
                         "24", "QĐ-HPN", D(2023, 10, 18))],
    },
    {
        "name": "Doanh nghiệp tư nhân Sâm Ngọc Linh Hà Mòn", "type": "tap_the",
        "level": "cap_tinh", "year": 2026, "place": "dak-ha", "unit": "ubnd-dak-ha",
        "sectors": ["cong-thuong-xay-dung-giao-thong-van-tai", "nong-nghiep"],
        "movements": ["kttn", "khcn"],
        "summary": "Doanh nghiệp nhỏ liên kết 40 hộ đồng bào trồng dược liệu dưới tán rừng, tạo "
                   "việc làm thường xuyên cho 35 lao động địa phương.",
        "story": ("Doanh nghiệp nhỏ và 40 hộ trồng dược liệu dưới tán rừng",
                  "Từ một xưởng sơ chế nhỏ, doanh nghiệp đã có sản phẩm đạt chuẩn OCOP 4 sao.",
                  ["Doanh nghiệp được thành lập năm 2020 bởi một kỹ sư nông nghiệp người địa "
                   "phương. Ban đầu chỉ thu mua dược liệu của vài hộ quen.",
                   "Đến nay, doanh nghiệp liên kết với 40 hộ đồng bào trồng đảng sâm, sâm dây "
                   "dưới tán rừng, bao tiêu toàn bộ sản phẩm.",
                   "Xưởng sơ chế tạo việc làm thường xuyên cho 35 lao động, phần lớn là phụ nữ "
                   "trong xã."],
                  ("Rừng vẫn là rừng, mà bà con có thu nhập.", "Giám đốc Lê Văn Khải")),
        "how": ("Liên kết với nông dân: hợp đồng rõ, thanh toán đúng hẹn",
                "Chữ tín được xây từ những lần trả tiền đúng hạn.",
                ["Doanh nghiệp ký hợp đồng bao tiêu với giá sàn, nếu giá thị trường cao hơn thì "
                 "mua theo giá thị trường.",
                 "Cán bộ kỹ thuật của doanh nghiệp hướng dẫn các hộ quy trình trồng không dùng "
                 "thuốc diệt cỏ."],
                ["40 hộ liên kết", "35 lao động thường xuyên", "Sản phẩm OCOP 4 sao"]),
        "awards": [award(K, "Bằng khen", "cap_tinh", UB_QN, "402", "QĐ-UBND",
                         D(2026, 4, 10))],
    },
    {
        "name": "Thầy giáo A Dũng", "type": "ca_nhan", "level": "cap_tinh", "year": 2022,
        "place": "dak-ui", "unit": "truong-dak-ui",
        "sectors": ["giao-duc-va-dao-tao", "van-hoa-nghe-thuat-the-duc-the-thao"],
        "movements": ["dthhtt"],
        "summary": "Giáo viên thể dục người Giẻ Triêng; huấn luyện đội bóng đá học sinh giành 3 "
                   "huy chương cấp tỉnh, vận động 27 học sinh bỏ học quay lại lớp.",
        "story": ("Thầy giáo dùng trái bóng để giữ học trò",
                  "Điều kiện để được vào đội bóng của thầy A Dũng là đi học đầy đủ.",
                  ["Thầy A Dũng nhận ra nhiều cậu học trò nghỉ học vì theo cha mẹ lên rẫy hoặc "
                   "đi làm thuê. Thầy lập đội bóng đá và đặt ra một luật duy nhất: không bỏ học.",
                   "Trong ba năm, 27 học sinh bỏ học đã quay lại lớp. Đội bóng giành ba huy "
                   "chương ở giải bóng đá học sinh cấp tỉnh.",
                   "Sân bóng của trường do thầy và phụ huynh tự san lấp trong hai mùa hè."],
                  ("Muốn đá bóng thì phải đến trường, mà đã đến trường thì phải học.",
                   "Thầy A Dũng")),
        "how": ("Giữ học sinh bằng hoạt động các em yêu thích",
                "Thể thao là cái cớ, cái đích là lớp học.",
                ["Thầy A Dũng phối hợp với giáo viên chủ nhiệm theo dõi chuyên cần hằng tuần. "
                 "Em nào vắng, thầy đến nhà ngay trong ngày.",
                 "Đội bóng tập sau giờ học, trước khi tập cả đội cùng làm bài tập về nhà."],
                ["27 học sinh quay lại lớp", "3 huy chương giải bóng đá học sinh cấp tỉnh",
                 "Tỷ lệ chuyên cần của đội bóng 100%"]),
        "awards": [award(T, "Chiến sĩ thi đua cấp tỉnh", "cap_tinh", UB_KT, "845", "QĐ-UBND",
                         D(2022, 8, 30))],
        "consent": ("A Dũng", D(2022, 8, 1)),
    },
    {
        "name": "Hộ anh Nguyễn Văn Tình", "type": "ho_gia_dinh", "level": "cap_xa_huyen",
        "year": 2023, "place": "tt-dak-ha", "unit": "ubnd-dak-ha",
        "sectors": ["nong-nghiep", "khoa-hoc-va-cong-nghe"], "movements": ["ntm"],
        "summary": "Áp dụng tưới nhỏ giọt tiết kiệm nước cho 2 ha cà phê, giảm 40% lượng nước và "
                   "chi phí nhân công; hướng dẫn 20 hộ trong thôn làm theo.",
        "story": ("Tưới cà phê bằng điện thoại",
                  "Anh Tình có thể bật hệ thống tưới cho vườn cà phê khi đang ngồi ở chợ.",
                  ["Năm 2021, anh Nguyễn Văn Tình vay vốn lắp hệ thống tưới nhỏ giọt cho 2 ha cà "
                   "phê. Hệ thống được điều khiển qua điện thoại.",
                   "Lượng nước tưới giảm khoảng 40%, phân bón hòa vào nước tưới nên tiết kiệm công "
                   "lao động. Năng suất vườn tăng rõ sau hai vụ.",
                   "Anh không ngại chỉ cho hàng xóm. Đến nay đã có 20 hộ trong thôn lắp hệ thống "
                   "tương tự."],
                  ("Mùa khô năm nào cũng thiếu nước, không tiết kiệm thì không được.",
                   "Anh Nguyễn Văn Tình")),
        "how": ("Lắp tưới nhỏ giọt cho vườn cà phê: những lưu ý",
                "Chi phí ban đầu khoảng 40 triệu đồng mỗi héc-ta.",
                ["Anh Tình khuyên nên khảo sát nguồn nước và độ dốc trước khi lắp. Bể chứa đặt "
                 "ở chỗ cao giúp tiết kiệm điện bơm.",
                 "Đường ống cần được súc rửa định kỳ để không bị tắc do phân bón."],
                ["2 ha cà phê tưới nhỏ giọt", "Giảm khoảng 40% lượng nước tưới",
                 "20 hộ trong thôn làm theo"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", UB_DH, "1764", "QĐ-UBND",
                         D(2023, 9, 14))],
        "consent": ("Nguyễn Văn Tình", D(2023, 9, 1)),
    },
]

EXEMPLARS += [
    {
        "name": "Tổ hòa giải thôn Kon Gộp", "type": "tap_the", "level": "co_so", "year": 2021,
        "place": "dak-to-lung", "unit": "ubnd-kon-braih",
        "sectors": ["xay-dung-dang-chinh-quyen-doan-the"], "movements": ["vh"],
        "summary": "Bảy thành viên, đều là người có uy tín; năm năm hòa giải thành 41 vụ việc, "
                   "không vụ nào phải chuyển lên cấp trên.",
        "story": ("Tổ hòa giải “không để việc nhỏ thành việc lớn”",
                  "Chuyện con bò sang ăn lúa nhà hàng xóm cũng được tổ hòa giải ngồi lại bàn.",
                  ["Tổ hòa giải thôn Kon Gộp có bảy người: già làng, trưởng thôn, chi hội trưởng "
                   "phụ nữ, cựu chiến binh và ba người có uy tín trong các dòng họ.",
                   "Năm năm qua, tổ đã hòa giải thành 41 vụ việc, từ tranh chấp ranh giới rẫy đến "
                   "mâu thuẫn vợ chồng.",
                   "Không vụ nào phải chuyển lên xã, điều mà tổ trưởng A Hơn rất tự hào."],
                  ("Hòa giải sớm thì tình làng nghĩa xóm còn nguyên.", "Tổ trưởng A Hơn")),
        "how": ("Quy trình hòa giải năm bước của thôn Kon Gộp",
                "Nghe, hỏi, gặp riêng, gặp chung, rồi mới ghi biên bản.",
                ["Tổ luôn gặp riêng từng bên trước khi mời hai bên ngồi chung. Người hòa giải "
                 "phải là người không có họ hàng với các bên.",
                 "Mỗi thỏa thuận được đọc lại bằng tiếng Xơ Đăng trước khi ký."],
                ["41 vụ việc hòa giải thành", "7 thành viên có uy tín",
                 "0 vụ chuyển lên cấp trên"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", UB_KR, "1322", "QĐ-UBND",
                         D(2021, 12, 24))],
    },
    {
        "name": "Bà Trần Thị Lành", "type": "ca_nhan", "level": "co_so", "year": 2024,
        "place": "truong-chinh", "unit": "ubnd-kon-tum",
        "sectors": ["an-sinh-xa-hoi"], "movements": ["ngheo"],
        "summary": "Mười năm nấu 150 suất cháo miễn phí mỗi tuần cho bệnh nhân nghèo tại bệnh "
                   "viện tỉnh, cùng nhóm thiện nguyện quyên góp hơn 400 triệu đồng.",
        "story": ("Nồi cháo thứ Năm của bà Lành",
                  "Bốn giờ sáng thứ Năm, gian bếp nhà bà Lành đã đỏ lửa.",
                  ["Mười năm nay, bà Trần Thị Lành cùng nhóm bạn nấu cháo miễn phí cho bệnh nhân "
                   "nghèo tại bệnh viện tỉnh. Mỗi tuần khoảng 150 suất.",
                   "Gạo, thịt, rau do người dân quanh phường góp. Có người góp vài ký gạo, có "
                   "người góp tiền mua củi.",
                   "Nhóm của bà còn vận động được hơn 400 triệu đồng giúp bệnh nhân khó khăn trả "
                   "viện phí."],
                  ("Người bệnh ăn được bát cháo nóng là mình vui cả tuần.",
                   "Bà Trần Thị Lành")),
        "how": ("Bếp cháo từ thiện minh bạch từng khoản đóng góp",
                "Mọi khoản thu chi được ghi vào sổ và dán tại bếp.",
                ["Nhóm của bà Lành chia việc theo tuần: người đi chợ, người nấu, người chở cháo "
                 "đến bệnh viện.",
                 "Sổ thu chi được công khai trên nhóm Zalo của tổ dân phố mỗi tháng."],
                ["150 suất cháo mỗi tuần", "10 năm không nghỉ",
                 "Hơn 400 triệu đồng hỗ trợ viện phí"]),
        "awards": [award(K, "Giấy khen", "co_so", "Ủy ban nhân dân phường Trường Chinh", "64",
                         "QĐ-UBND", D(2024, 2, 2))],
        "consent": ("Trần Thị Lành", D(2024, 1, 15)),
    },
    {
        "name": "Mô hình “Camera an ninh cộng đồng”", "type": "mo_hinh",
        "level": "cap_xa_huyen", "year": 2024, "place": "tt-dak-ha",
        "unit": "cong-an-dak-ha",
        "sectors": ["quoc-phong-an-ninh", "khoa-hoc-va-cong-nghe"], "movements": ["cds"],
        "summary": "Người dân góp tiền lắp 48 camera tại các ngã ba, ngã tư; trộm cắp tài sản "
                   "trên địa bàn giảm hơn một nửa sau một năm.",
        "story": ("48 “con mắt” giữ bình yên cho thôn xóm",
                  "Camera do dân góp tiền lắp, công an xã hướng dẫn cách dùng.",
                  ["Năm 2023, Công an thị trấn Đăk Hà vận động người dân các thôn góp tiền lắp "
                   "camera "
                   "tại những điểm giao thông chính. Mỗi hộ góp từ 50 đến 100 nghìn đồng.",
                   "Đến nay đã có 48 camera, hình ảnh được lưu trữ và truy xuất khi có vụ việc.",
                   "Sau một năm, số vụ trộm cắp tài sản giảm hơn một nửa. Hai vụ trộm xe máy được "
                   "làm rõ nhờ hình ảnh camera."],
                  ("Có camera, bà con yên tâm để xe ngoài sân.", "Trưởng thôn Võ Văn Lộc")),
        "how": ("Lắp camera cộng đồng: bàn bạc dân chủ, công khai chi phí",
                "Mỗi thôn tự quyết vị trí lắp trong cuộc họp dân.",
                ["Công an xã chỉ hướng dẫn kỹ thuật và quy định bảo vệ dữ liệu hình ảnh; tiền "
                 "do thôn tự thu, tự chi, có ban giám sát.",
                 "Chỉ công an xã và trưởng thôn được xem lại dữ liệu khi có vụ việc."],
                ["48 camera tại 9 thôn", "Trộm cắp tài sản giảm hơn 50%",
                 "2 vụ trộm được làm rõ nhờ camera"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", "Công an huyện Đăk Hà", "311",
                         "QĐ-CAH", D(2024, 12, 18))],
    },
    {
        "name": "Hộ ông A Brêu", "type": "ho_gia_dinh", "level": "co_so", "year": 2022,
        "place": "dak-koi-cu", "unit": "ubnd-dak-koi",
        "sectors": ["nong-nghiep"], "movements": ["ngheo"],
        "summary": "Nuôi bò sinh sản từ vốn vay 50 triệu đồng, sau 5 năm có đàn 14 con; tự "
                   "nguyện xin ra khỏi danh sách hộ nghèo năm 2021.",
        "story": ("Lá đơn xin thoát nghèo của ông A Brêu",
                  "Năm 2021, ông A Brêu tự viết đơn xin ra khỏi danh sách hộ nghèo.",
                  ["Năm 2016, ông vay 50 triệu đồng vốn chính sách mua hai con bò cái. Ông làm "
                   "chuồng kiên cố, trồng cỏ voi quanh rẫy để có thức ăn quanh năm.",
                   "Năm năm sau, đàn bò đã có 14 con. Ông bán bớt bò đực, trả hết nợ và sửa lại "
                   "căn nhà gỗ.",
                   "Khi cán bộ xã đến rà soát, ông xin được ra khỏi danh sách hộ nghèo để nhường "
                   "suất hỗ trợ cho hộ khác."],
                  ("Mình đủ ăn rồi thì để phần cho người khó hơn.", "Ông A Brêu")),
        "how": ("Nuôi bò sinh sản: trồng cỏ trước, mua bò sau",
                "Ông A Brêu dành nửa năm trồng cỏ trước khi mua bò.",
                ["Ông trồng cỏ voi trên phần đất dốc khó canh tác, đủ cho bò ăn mùa khô. Chuồng "
                 "được làm cao ráo, có rãnh thoát phân để ủ bón cà phê.",
                 "Bò được tiêm phòng đầy đủ theo lịch của thú y xã."],
                ["Đàn bò 14 con sau 5 năm", "Trả hết 50 triệu đồng vốn vay",
                 "Tự nguyện thoát nghèo năm 2021"]),
        "awards": [award(K, "Giấy khen", "cap_xa", "Ủy ban nhân dân xã Đăk Kôi", "19",
                         "QĐ-UBND", D(2022, 1, 20))],
        "consent": ("A Brêu", D(2022, 1, 10)),
    },
    {
        "name": "Chi bộ thôn 7 xã Đăk Mar", "type": "tap_the", "level": "cap_xa_huyen",
        "year": 2022, "place": "dak-mar", "unit": "ubnd-dak-ha",
        "sectors": ["xay-dung-dang-chinh-quyen-doan-the"], "movements": ["hcm", "ntm"],
        "summary": "Năm năm liền hoàn thành tốt nhiệm vụ; mỗi đảng viên nhận giúp một hộ khó "
                   "khăn, thôn đạt chuẩn nông thôn mới năm 2022.",
        "story": ("Mỗi đảng viên gắn với một hộ khó khăn",
                  "Ở thôn 7, đảng viên nào cũng biết rõ hoàn cảnh của một gia đình.",
                  ["Từ năm 2018, chi bộ thôn 7 phân công mỗi đảng viên theo dõi, giúp đỡ một hộ "
                   "khó khăn: từ cây giống, con giống đến việc cho con đi học.",
                   "Sinh hoạt chi bộ hằng tháng có nội dung báo cáo về hộ được giúp. Những việc "
                   "làm được và chưa được đều nói thẳng.",
                   "Năm 2022, thôn 7 đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo giảm từ 18% xuống "
                   "còn 4%."],
                  ("Nói đi đôi với làm thì dân mới tin Đảng.", "Bí thư chi bộ Trần Văn Phúc")),
        "how": ("Sinh hoạt chi bộ có nội dung: bắt đầu từ một hộ khó khăn",
                "Chuyên đề của chi bộ thôn 7 luôn gắn với việc cụ thể.",
                ["Mỗi quý, chi bộ chọn một chuyên đề như chuyển đổi cây trồng hay vệ sinh môi "
                 "trường, và giao việc cụ thể cho từng đảng viên.",
                 "Kết quả được đánh giá bằng con số, không bằng nhận xét chung chung."],
                ["Tỷ lệ hộ nghèo giảm từ 18% xuống 4%", "Đạt chuẩn nông thôn mới năm 2022",
                 "5 năm liền hoàn thành tốt nhiệm vụ"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", "Ban Chấp hành Đảng bộ huyện Đăk Hà",
                         "512", "QĐ/HU", D(2022, 6, 30))],
    },
    {
        "name": "Anh Võ Thành Trung", "type": "ca_nhan", "level": "nhan_to_moi", "year": 2026,
        "place": "ba-to", "unit": "ttvh-ba-to",
        "sectors": ["thong-tin-va-truyen-thong", "van-hoa-nghe-thuat-the-duc-the-thao"],
        "movements": ["cds"],
        "summary": "Phát thanh viên đài truyền thanh xã; số hóa hơn 300 bản tin, làm chương "
                   "trình phát thanh song ngữ Kinh - Hrê được bà con đón nghe.",
        "story": ("Giọng đọc song ngữ của đài truyền thanh Ba Tơ",
                  "Mỗi sáng 6 giờ, bản tin của anh Trung vang lên ở 14 cụm loa.",
                  ["Anh Võ Thành Trung về Trung tâm Văn hóa - Thông tin và Thể thao xã từ năm "
                   "2024. Anh học thêm tiếng Hrê để đọc bản tin song ngữ.",
                   "Anh số hóa hơn 300 bản tin cũ, đưa lên trang thông tin của xã để bà con đi "
                   "làm xa có thể nghe lại.",
                   "Chuyên mục “Người tốt quanh ta” do anh biên tập được nhiều thôn đề nghị phát "
                   "lại."],
                  ("Bà con nghe tiếng mẹ đẻ thì nhớ lâu hơn.", "Anh Võ Thành Trung")),
        "how": ("Làm bản tin phát thanh song ngữ với ít người",
                "Một người viết, một người dịch, một người đọc: đôi khi là cùng một người.",
                ["Anh Trung viết bản tin ngắn, câu đơn giản, rồi nhờ một giáo viên người Hrê "
                 "dịch. Bản ghi âm được lưu thành tệp MP3 theo ngày.",
                 "Những bản tin quan trọng được phát ba lần trong ngày vào giờ bà con ở nhà."],
                ["Hơn 300 bản tin được số hóa", "14 cụm loa truyền thanh",
                 "Bản tin song ngữ Kinh - Hrê mỗi tuần"]),
        "awards": [award(K, "Giấy khen", "cap_xa", "Ủy ban nhân dân xã Ba Tơ", "33", "QĐ-UBND",
                         D(2026, 6, 10))],
        "consent": ("Võ Thành Trung", D(2026, 5, 28)),
    },
    {
        "name": "Câu lạc bộ cồng chiêng làng Kon Rlong", "type": "tap_the", "level": "cap_tinh",
        "year": 2023, "place": "dak-koi-cu", "unit": "ubnd-dak-koi",
        "sectors": ["van-hoa-nghe-thuat-the-duc-the-thao"], "movements": ["vh"],
        "summary": "Ba mươi thành viên từ 10 đến 70 tuổi; truyền dạy 12 bài chiêng cổ, biểu diễn "
                   "phục vụ hơn 40 lễ hội và sự kiện.",
        "story": ("Tiếng chiêng không tắt ở làng Kon Rlong",
                  "Người chơi chiêng nhiều tuổi nhất câu lạc bộ năm nay đã 70.",
                  ["Câu lạc bộ cồng chiêng làng Kon Rlong được thành lập năm 2017 với 12 thành "
                   "viên lớn tuổi. Nay câu lạc bộ có 30 người, trẻ nhất mới 10 tuổi.",
                   "Các nghệ nhân truyền dạy 12 bài chiêng cổ vốn chỉ còn vài người nhớ. Mỗi bài "
                   "được ghi âm để lưu giữ.",
                   "Câu lạc bộ đã biểu diễn ở hơn 40 lễ hội và sự kiện trong và ngoài tỉnh."],
                  ("Chiêng của làng thì người làng phải giữ.", "Nghệ nhân A Kring")),
        "how": ("Truyền dạy chiêng cho trẻ em: học bằng tai, nhớ bằng tay",
                "Câu lạc bộ không dùng bản nhạc, chỉ có nghe và đánh theo.",
                ["Mỗi tối thứ Sáu, các nghệ nhân ngồi cùng trẻ em ở nhà rông. Trẻ học từng nhịp, "
                 "từng chiêng trước khi ghép thành bài.",
                 "Các bài chiêng được ghi âm, lưu trong máy tính của trường để giáo viên dùng "
                 "trong giờ học hoạt động trải nghiệm."],
                ["30 thành viên", "12 bài chiêng cổ được truyền dạy",
                 "Hơn 40 lượt biểu diễn"]),
        "awards": [award(K, "Bằng khen", "cap_tinh", UB_KT, "733", "QĐ-UBND",
                         D(2023, 7, 20))],
    },
    {
        "name": "Chị Đặng Thị Đào", "type": "ca_nhan", "level": "cap_xa_huyen", "year": 2025,
        "place": "dak-cam", "unit": "so-noi-vu",
        "sectors": ["cai-cach-hanh-chinh"], "movements": ["congso"],
        "summary": "Công chức văn hóa - xã hội; đề xuất số hóa sổ hộ tịch cũ, hơn 9.000 trang sổ "
                   "được chuyển sang dữ liệu điện tử trong 8 tháng.",
        "story": ("Chín nghìn trang sổ hộ tịch và một sáng kiến",
                  "Những cuốn sổ hộ tịch từ năm 1990 từng chất đầy một góc phòng.",
                  ["Chị Đặng Thị Đào đề xuất số hóa toàn bộ sổ hộ tịch cũ của phường. Chị cùng "
                   "hai đồng nghiệp làm thêm giờ suốt tám tháng.",
                   "Hơn 9.000 trang sổ được chụp, nhập liệu và đối chiếu. Việc tra cứu giờ chỉ mất "
                   "vài phút thay vì nửa ngày lục sổ.",
                   "Sáng kiến được Sở Nội vụ công nhận và giới thiệu cho các xã, phường khác."],
                  ("Người dân chờ ít đi là mình thấy đáng công.", "Chị Đặng Thị Đào")),
        "how": ("Số hóa sổ hộ tịch: làm từ cuốn cũ nhất",
                "Sổ cũ dễ hỏng nhất nên được số hóa trước.",
                ["Mỗi trang được chụp hai lần và đối chiếu trước khi nhập. Những chỗ mờ, tẩy xóa "
                 "được đánh dấu để kiểm tra lại với bản gốc.",
                 "Dữ liệu được sao lưu hằng tuần trên máy chủ của tỉnh."],
                ["Hơn 9.000 trang sổ hộ tịch", "8 tháng thực hiện",
                 "Thời gian tra cứu giảm từ nửa ngày còn vài phút"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", "Sở Nội vụ tỉnh Quảng Ngãi", "288",
                         "QĐ-SNV", D(2025, 11, 11))],
        "consent": ("Đặng Thị Đào", D(2025, 10, 20)),
    },
    {
        "name": "Mô hình “Bếp ăn bán trú do phụ huynh cùng làm”", "type": "mo_hinh",
        "level": "co_so", "year": 2023, "place": "dak-koi-cu", "unit": "truong-dak-koi",
        "sectors": ["giao-duc-va-dao-tao", "an-sinh-xa-hoi"], "movements": ["dthhtt"],
        "summary": "Phụ huynh thay phiên nấu ăn và góp rau, củi cho bếp bán trú; 186 học sinh có "
                   "bữa trưa đủ chất, tỷ lệ chuyên cần tăng lên 99%.",
        "story": ("Bếp ăn bán trú của những người cha, người mẹ",
                  "Mỗi ngày có ba phụ huynh vào bếp nấu cho 186 học sinh.",
                  ["Trường không đủ kinh phí thuê cấp dưỡng, phụ huynh các làng bàn nhau thay "
                   "phiên vào nấu. Mỗi gia đình đến lượt khoảng hai lần một tháng.",
                   "Rau xanh do các gia đình trồng, củi do học sinh lớn và phụ huynh cùng gom.",
                   "Từ khi có bếp ăn, học sinh ở lại trường buổi trưa, tỷ lệ đi học chuyên cần "
                   "tăng lên 99%."],
                  ("Con ăn no thì con học được.", "Phụ huynh Y Hương")),
        "how": ("Bếp bán trú: lịch trực rõ ràng, thực đơn công khai",
                "Thực đơn tuần được viết lên bảng ở cửa bếp.",
                ["Nhà trường lập lịch trực nấu ăn theo làng và gửi trước cho trưởng thôn. Giáo "
                 "viên kiểm tra vệ sinh an toàn thực phẩm mỗi ngày.",
                 "Phụ huynh được tập huấn về vệ sinh bếp và cách nấu món đủ chất."],
                ["186 học sinh ăn bán trú", "Tỷ lệ chuyên cần 99%",
                 "Mỗi gia đình trực bếp 2 lần một tháng"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", "Phòng Giáo dục và Đào tạo huyện Kon Rẫy",
                         "77", "QĐ-PGDĐT", D(2023, 6, 1))],
    },
    {
        "name": "Ông Hồ Văn Phước", "type": "ca_nhan", "level": "cap_tinh", "year": 2024,
        "place": "tan-lap", "unit": "ubnd-kon-braih",
        "sectors": ["doi-song-xa-hoi", "cong-thuong-xay-dung-giao-thong-van-tai"],
        "movements": ["ntm"],
        "summary": "Hiến 1.500 m² đất và góp 120 triệu đồng làm cầu bê tông qua suối Đăk Sia, "
                   "giúp hơn 200 hộ đi lại an toàn mùa mưa.",
        "story": ("Cây cầu mang tên suối, dựng bằng tấm lòng của một cựu binh",
                  "Trước đây, mùa mưa học sinh phải nghỉ học vì không qua được suối Đăk Sia.",
                  ["Ông Hồ Văn Phước, 68 tuổi, từng chứng kiến một em học sinh bị nước cuốn khi "
                   "lội qua suối. Ông quyết định góp sức làm cầu.",
                   "Ông hiến 1.500 m² đất làm đường dẫn, góp 120 triệu đồng tiền tích cóp và vận "
                   "động thêm các nhà hảo tâm.",
                   "Cây cầu bê tông dài 24 m hoàn thành năm 2024, hơn 200 hộ và 150 học sinh "
                   "không còn phải lo mỗi mùa mưa."],
                  ("Thấy cháu nhỏ ngã xuống suối, tôi không ngủ được.", "Ông Hồ Văn Phước")),
        "how": ("Xã hội hóa làm cầu dân sinh: minh bạch từ đồng đầu tiên",
                "Danh sách người đóng góp được khắc ở đầu cầu.",
                ["Ban vận động gồm trưởng thôn, cựu chiến binh và đại diện phụ huynh. Mọi khoản "
                 "góp được niêm yết ở nhà văn hóa.",
                 "Xã hỗ trợ khảo sát, thiết kế miễn phí để cầu đủ tải trọng cho xe máy cày."],
                ["Cầu bê tông dài 24 m", "1.500 m² đất được hiến",
                 "Hơn 200 hộ đi lại an toàn"]),
        "awards": [award(K, "Bằng khen", "cap_tinh", UB_KT, "1190", "QĐ-UBND",
                         D(2024, 10, 1))],
        "consent": ("Hồ Văn Phước", D(2024, 9, 15)),
    },
]

EXEMPLARS += [
    {
        "name": "Hợp tác xã Dệt thổ cẩm Kon Klor", "type": "tap_the", "level": "toan_quoc",
        "year": 2025, "place": "kon-tum", "unit": "ubnd-kon-tum",
        "sectors": ["van-hoa-nghe-thuat-the-duc-the-thao", "doi-ngoai"],
        "movements": ["kttn", "vh"],
        "summary": "Tạo việc làm cho 48 phụ nữ Ba Na; sản phẩm thổ cẩm được giới thiệu tại hội "
                   "chợ quốc tế và xuất sang hai nước châu Âu.",
        "story": ("Thổ cẩm Kon Klor ra thế giới",
                  "Những tấm khăn dệt tay ở Kon Klor đã có mặt tại hội chợ ở châu Âu.",
                  ["Hợp tác xã dệt thổ cẩm Kon Klor có 48 thành viên, đều là phụ nữ Ba Na. Mỗi "
                   "người dệt tại nhà, hợp tác xã lo khâu thiết kế và bán hàng.",
                   "Năm 2024, sản phẩm của hợp tác xã được giới thiệu tại một hội chợ thủ công mỹ "
                   "nghệ quốc tế, sau đó có đơn hàng từ hai nước châu Âu.",
                   "Thu nhập bình quân của thành viên đạt khoảng 4,5 triệu đồng mỗi tháng, cao gấp "
                   "đôi so với trước."],
                  ("Đi xa mà vẫn giữ hoa văn của làng.", "Giám đốc hợp tác xã Y Rơ")),
        "how": ("Đưa thổ cẩm vào thị trường khó tính: chuẩn hóa mà không đánh mất bản sắc",
                "Kích thước, màu nhuộm được chuẩn hóa; hoa văn thì giữ nguyên.",
                ["Hợp tác xã làm việc với nhà thiết kế để đưa hoa văn truyền thống vào các sản "
                 "phẩm hiện đại như khăn quàng, túi xách.",
                 "Mỗi sản phẩm có nhãn ghi tên người dệt, giúp khách hàng hiểu câu chuyện phía "
                 "sau."],
                ["48 phụ nữ có việc làm", "Xuất khẩu sang 2 nước",
                 "Thu nhập khoảng 4,5 triệu đồng mỗi tháng"]),
        "awards": [award(K, "Bằng khen của Thủ tướng Chính phủ", "nha_nuoc",
                         "Thủ tướng Chính phủ", "1288", "QĐ-TTg", D(2025, 9, 25))],
    },
    {
        "name": "Chị Y Lan", "type": "ca_nhan", "level": "cap_xa_huyen", "year": 2023,
        "place": "tan-lap", "unit": "doan-kon-braih",
        "sectors": ["xay-dung-dang-chinh-quyen-doan-the", "giao-duc-va-dao-tao"],
        "movements": ["hcm"],
        "summary": "Bí thư chi đoàn 24 tuổi; tổ chức lớp học hè miễn phí cho 60 trẻ em và vận "
                   "động đoàn viên hiến máu tình nguyện 5 năm liền.",
        "story": ("Cô bí thư chi đoàn và lớp học hè dưới tán cây",
                  "Mùa hè ở thôn Kon Rbàng, trẻ em không còn theo cha mẹ lên rẫy cả ngày.",
                  ["Chị Y Lan tốt nghiệp cao đẳng sư phạm rồi trở về làng. Hè năm 2021, chị mở "
                   "lớp học miễn phí dưới tán cây trước nhà văn hóa.",
                   "Lớp học ôn chữ, ôn toán và dạy kỹ năng bơi an toàn cho 60 em. Các đoàn viên "
                   "khác thay phiên làm trợ giảng.",
                   "Chị còn là người vận động đoàn viên đi hiến máu tình nguyện, năm năm liền chi "
                   "đoàn có hơn 20 đơn vị máu mỗi năm."],
                  ("Các em được học thì mùa hè không còn dài.", "Chị Y Lan")),
        "how": ("Lớp học hè miễn phí: đoàn viên làm thầy, nhà văn hóa làm lớp",
                "Không cần kinh phí lớn, chỉ cần người trẻ chịu làm.",
                ["Chi đoàn xin sách vở từ các nhà hảo tâm và trường học. Mỗi đoàn viên nhận dạy "
                 "một buổi mỗi tuần.",
                 "Phần học bơi được tổ chức ở hồ nước có giám sát của hội chữ thập đỏ xã."],
                ["60 trẻ em học hè miễn phí", "Hơn 20 đơn vị máu mỗi năm",
                 "12 đoàn viên làm trợ giảng"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", "Ban Chấp hành Huyện Đoàn Kon Rẫy", "61",
                         "QĐ/HĐTN", D(2023, 3, 24))],
        "consent": ("Y Lan", D(2023, 3, 1)),
    },
    {
        "name": "Hộ bà Nguyễn Thị Sen", "type": "ho_gia_dinh", "level": "cap_tinh",
        "year": 2022, "place": "quyet-thang", "unit": "ubnd-kon-tum",
        "sectors": ["doi-song-xa-hoi"], "movements": ["vh"],
        "summary": "Gia đình văn hóa 20 năm liền; bốn thế hệ cùng chung sống hòa thuận, nuôi dạy "
                   "6 người con, cháu tốt nghiệp đại học.",
        "story": ("Bốn thế hệ dưới một mái nhà",
                  "Ngôi nhà nhỏ của bà Sen có mười một người, từ cụ 92 tuổi đến chắt lên 3.",
                  ["Bà Nguyễn Thị Sen năm nay 68 tuổi. Gia đình bà hai mươi năm liền được công "
                   "nhận Gia đình văn hóa.",
                   "Bữa cơm tối là lúc cả nhà quây quần. Chuyện của người trẻ, người già đều được "
                   "đem ra bàn.",
                   "Sáu người con, cháu của bà đã tốt nghiệp đại học, hai người làm giáo viên "
                   "ở các "
                   "xã vùng sâu."],
                  ("Trong nhà có nếp thì ra đường có nết.", "Bà Nguyễn Thị Sen")),
        "how": ("Giữ nếp nhà trong gia đình nhiều thế hệ",
                "Nếp nhà của bà Sen bắt đầu từ bữa cơm chung.",
                ["Mọi người thống nhất giờ ăn tối, không dùng điện thoại trong bữa cơm. Việc nhà "
                 "được chia theo tuần cho cả con trai, con gái.",
                 "Mỗi năm, gia đình dành một ngày về quê thăm mộ tổ tiên và kể chuyện dòng họ "
                 "cho con cháu."],
                ["20 năm liền là Gia đình văn hóa", "4 thế hệ chung sống",
                 "6 con, cháu tốt nghiệp đại học"]),
        "awards": [award(K, "Bằng khen", "cap_tinh", UB_KT, "560", "QĐ-UBND",
                         D(2022, 6, 28))],
        "consent": ("Nguyễn Thị Sen", D(2022, 6, 1)),
    },
    {
        "name": "Ngân hàng Chính sách xã hội - Điểm giao dịch xã Đăk Pxi", "type": "tap_the",
        "level": "cap_xa_huyen", "year": 2024, "place": "dak-pxi-cu", "unit": "ubnd-dak-pxi",
        "sectors": ["tai-chinh-ngan-hang"], "movements": ["ngheo"],
        "summary": "Mỗi tháng giao dịch tại xã cho hơn 600 hộ vay; 100% hồ sơ vay được giải ngân "
                   "trong 5 ngày làm việc, nợ quá hạn dưới 0,1%.",
        "story": ("Điểm giao dịch mỗi tháng một lần mà không ai phải chờ",
                  "Ngày 12 hằng tháng, hội trường xã Đăk Pxi thành phòng giao dịch ngân hàng.",
                  ["Thay vì để người dân đi mấy chục cây số lên huyện, Ngân hàng Chính sách xã hội "
                   "mở điểm giao dịch tại xã mỗi tháng một lần.",
                   "Hơn 600 hộ vay được phục vụ, từ trả lãi, gửi tiết kiệm đến nhận tiền vay mới. "
                   "Hồ sơ vay được giải ngân trong năm ngày làm việc.",
                   "Tỷ lệ nợ quá hạn dưới 0,1%, thấp nhất trong các xã của vùng."],
                  ("Đồng vốn đến đúng người, đúng lúc thì mới phát huy.",
                   "Tổ trưởng giao dịch Lê Thị Hoa")),
        "how": ("Giao dịch tại xã: lịch cố định, niêm yết công khai",
                "Lịch giao dịch được phát trên loa truyền thanh hai ngày trước.",
                ["Danh sách hộ vay, số tiền, lãi suất được niêm yết tại điểm giao dịch. Người dân "
                 "có thể đối chiếu ngay tại chỗ.",
                 "Các tổ tiết kiệm và vay vốn ở thôn hỗ trợ người dân chuẩn bị hồ sơ trước."],
                ["Hơn 600 hộ vay được phục vụ", "Giải ngân trong 5 ngày làm việc",
                 "Nợ quá hạn dưới 0,1%"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", "Ngân hàng Chính sách xã hội huyện Đăk Hà",
                         "91", "QĐ-NHCS", D(2024, 12, 27))],
    },
    {
        "name": "Ông Lương Văn Thái", "type": "ca_nhan", "level": "co_so", "year": 2021,
        "place": "dak-ruong", "unit": "htx-dak-rve",
        "sectors": ["nong-nghiep", "doi-song-xa-hoi"], "movements": ["covid", "ngheo"],
        "summary": "Trong đợt dịch năm 2021, chở miễn phí hơn 40 tấn nông sản của bà con ra điểm "
                   "thu mua và tặng 5 tấn rau cho các khu cách ly.",
        "story": ("Chiếc xe tải chở rau mùa dịch",
                  "Mùa dịch năm 2021, xe tải của ông Thái chạy không nghỉ suốt ba tháng.",
                  ["Khi các tuyến đường bị hạn chế, nông sản của bà con Đăk Ruồng không bán được. "
                   "Ông Lương Văn Thái dùng chiếc xe tải nhỏ chở miễn phí ra điểm thu mua.",
                   "Hơn 40 tấn bí, bắp, rau được chở đi trong ba tháng. Ông còn tặng 5 tấn rau cho "
                   "các khu cách ly tập trung.",
                   "Sau dịch, ông tiếp tục giúp hợp tác xã vận chuyển hàng với giá chỉ đủ tiền "
                   "xăng."],
                  ("Rau ngoài rẫy mà héo thì bà con mất trắng.", "Ông Lương Văn Thái")),
        "how": ("Tiêu thụ nông sản mùa dịch: xe nhỏ, chuyến ngắn, giấy tờ đủ",
                "Mỗi chuyến xe đều có giấy xác nhận của xã và danh sách hàng.",
                ["Ông Thái phối hợp với trưởng thôn gom hàng về một điểm, cân và ghi sổ cho từng "
                 "hộ trước khi chở đi.",
                 "Tiền bán hàng được trả lại cho từng hộ ngay trong ngày, có chữ ký nhận."],
                ["Hơn 40 tấn nông sản được chở miễn phí", "5 tấn rau tặng khu cách ly",
                 "3 tháng liên tục"]),
        "awards": [award(K, "Giấy khen", "cap_xa", "Ủy ban nhân dân xã Đăk Ruồng", "45",
                         "QĐ-UBND", D(2021, 11, 5))],
        "consent": ("Lương Văn Thái", D(2021, 10, 20)),
    },
    {
        "name": "Mô hình “Dân vận khéo” trong giải phóng mặt bằng", "type": "mo_hinh",
        "level": "cap_tinh", "year": 2023, "place": "kon-tum-tp", "unit": "so-noi-vu",
        "sectors": ["xay-dung-dang-chinh-quyen-doan-the",
                    "cong-thuong-xay-dung-giao-thong-van-tai"],
        "movements": ["hcm"],
        "summary": "Đối thoại với từng hộ, công khai phương án bồi thường; giải phóng mặt bằng "
                   "tuyến đường tránh 6,2 km đúng tiến độ, không có khiếu nại kéo dài.",
        "story": ("Giải phóng mặt bằng không có khiếu nại kéo dài",
                  "Gần 200 hộ bàn giao mặt bằng cho tuyến đường tránh chỉ trong tám tháng.",
                  ["Tổ công tác gồm cán bộ địa chính, mặt trận và tổ dân phố đến từng nhà giải "
                   "thích phương án bồi thường trước khi đo đạc.",
                   "Mọi số liệu được niêm yết công khai. Hộ nào thắc mắc đều được đối thoại trực "
                   "tiếp với lãnh đạo thành phố.",
                   "Tuyến đường tránh 6,2 km được bàn giao mặt bằng đúng tiến độ, không có khiếu "
                   "nại kéo dài."],
                  ("Dân hiểu thì dân đồng thuận.", "Trưởng ban dân vận Phạm Văn Cường")),
        "how": ("Dân vận khéo trong giải phóng mặt bằng: ba nguyên tắc",
                "Đúng luật, công khai và đối thoại đến cùng.",
                ["Mỗi hộ được gặp riêng ít nhất hai lần trước khi nhận quyết định bồi thường. "
                 "Những trường hợp đặc biệt khó khăn được hỗ trợ thêm đúng quy định.",
                 "Tổ công tác giữ liên lạc với các hộ cả sau khi đã bàn giao mặt bằng."],
                ["6,2 km đường tránh", "Gần 200 hộ bàn giao mặt bằng",
                 "Không có khiếu nại kéo dài"]),
        "awards": [award(K, "Bằng khen", "cap_tinh", UB_KT, "902", "QĐ-UBND",
                         D(2023, 9, 29))],
    },
    {
        "name": "Bác Y Krăh", "type": "ca_nhan", "level": "co_so", "year": 2022,
        "place": "dak-pne", "unit": "ubnd-dak-koi",
        "sectors": ["doi-song-xa-hoi"], "movements": ["vh"],
        "summary": "Người có uy tín làng Kon Luông; vận động 17 hộ bỏ tục chôn chung, chia của "
                   "cho người chết, tiết kiệm cho mỗi gia đình hàng chục triệu đồng.",
        "story": ("Bác Y Krăh và những đám tang không còn tốn kém",
                  "Ở làng Kon Luông, đám tang không còn kéo dài cả tuần.",
                  ["Trước đây, mỗi đám tang ở làng thường kéo dài nhiều ngày, gia đình phải mổ "
                   "trâu, bò đãi khách, có nhà phải vay nợ.",
                   "Bác Y Krăh, người có uy tín của làng, đi từng nhà vận động tổ chức tang lễ gọn "
                   "nhẹ, bỏ tục chia của cho người chết.",
                   "Đến nay, 17 hộ đã thực hiện, mỗi gia đình tiết kiệm hàng chục triệu đồng."],
                  ("Thương người chết thì phải lo cho người sống.", "Bác Y Krăh")),
        "how": ("Thay đổi tập tục: bắt đầu từ gia đình người có uy tín",
                "Bác Y Krăh tổ chức tang lễ gọn nhẹ cho chính người thân của mình trước.",
                ["Bác đưa quy định về tang lễ vào hương ước làng, được dân làng biểu quyết thông "
                 "qua tại nhà rông.",
                 "Mỗi khi có đám tang, bác đến sớm để cùng gia đình bàn cách tổ chức."],
                ["17 hộ tổ chức tang lễ gọn nhẹ", "Hương ước làng được sửa đổi",
                 "Mỗi gia đình tiết kiệm hàng chục triệu đồng"]),
        "awards": [award(K, "Giấy khen", "cap_xa", "Ủy ban nhân dân xã Đăk Pne", "8",
                         "QĐ-UBND", D(2022, 2, 14))],
        "consent": ("Y Krăh", D(2022, 2, 1)),
    },
    {
        "name": "Trường Trung học cơ sở Lê Lợi", "type": "tap_the", "level": "toan_quoc",
        "year": 2024, "place": "quyet-thang", "unit": "truong-kon-tum",
        "sectors": ["giao-duc-va-dao-tao", "khoa-hoc-va-cong-nghe"],
        "movements": ["dthhtt", "cds"],
        "summary": "Học sinh đoạt 2 giải quốc gia cuộc thi khoa học kỹ thuật; trường xây dựng kho "
                   "học liệu số dùng chung cho 14 trường trong vùng.",
        "story": ("Kho học liệu số của một trường vùng cao",
                  "Giáo viên ở 14 trường trong vùng cùng dùng bài giảng do Trường Lê Lợi xây dựng.",
                  ["Năm 2022, giáo viên Trường Trung học cơ sở Lê Lợi bắt đầu số hóa bài giảng, "
                   "đề kiểm tra và video thí nghiệm. Kho học liệu được chia sẻ miễn phí.",
                   "Hai đề tài của học sinh trường đoạt giải tại cuộc thi khoa học kỹ thuật cấp "
                   "quốc gia, trong đó có thiết bị cảnh báo lũ cho các bến sông.",
                   "Nhà trường tổ chức tập huấn cho giáo viên các trường trong vùng cách khai thác "
                   "kho học liệu."],
                  ("Học liệu tốt phải đến được với học sinh vùng xa.",
                   "Hiệu trưởng Nguyễn Văn Hòa")),
        "how": ("Xây kho học liệu số: mỗi giáo viên một bài mỗi tháng",
                "Kho học liệu lớn dần nhờ những đóng góp nhỏ, đều đặn.",
                ["Mỗi giáo viên đóng góp ít nhất một bài giảng hoặc đề kiểm tra mỗi tháng. Tổ "
                 "chuyên môn thẩm định trước khi đưa lên kho.",
                 "Tài liệu được sắp xếp theo chương trình, dễ tìm theo lớp và môn học."],
                ["2 giải quốc gia khoa học kỹ thuật", "14 trường dùng chung học liệu",
                 "Hơn 1.200 tài liệu số"]),
        "awards": [award(K, "Bằng khen của Thủ tướng Chính phủ", "nha_nuoc",
                         "Thủ tướng Chính phủ", "1530", "QĐ-TTg", D(2024, 12, 12))],
    },
    {
        "name": "Anh Nguyễn Hữu Nghĩa", "type": "ca_nhan", "level": "cap_xa_huyen",
        "year": 2022, "place": "tt-dak-rve", "unit": "ubnd-dak-rve",
        "sectors": ["nong-nghiep", "khoa-hoc-va-cong-nghe"], "movements": ["ntm"],
        "summary": "Nông dân tự chế máy tách vỏ cà phê tươi giá rẻ, được 30 hộ trong vùng sử dụng; "
                   "sáng kiến được công nhận cấp huyện.",
        "story": ("Người nông dân chế máy",
                  "Chiếc máy tách vỏ cà phê của anh Nghĩa được lắp từ động cơ xe máy cũ.",
                  ["Anh Nguyễn Hữu Nghĩa chưa học qua trường lớp kỹ thuật nào. Thấy bà con vất vả "
                   "tách vỏ cà phê bằng tay, anh mày mò chế tạo máy.",
                   "Sau nhiều lần hỏng, chiếc máy thứ ba chạy ổn định, tách được 300 kg quả tươi "
                   "mỗi giờ. Giá thành chỉ bằng một phần ba máy bán ngoài thị trường.",
                   "Đến nay, 30 hộ trong vùng đã dùng máy do anh làm. Sáng kiến được công nhận cấp "
                   "huyện năm 2022."],
                  ("Cái gì khó thì mình nghĩ cách làm cho dễ.", "Anh Nguyễn Hữu Nghĩa")),
        "how": ("Sáng kiến từ ruộng rẫy: ghi chép, thử, sửa",
                "Anh Nghĩa giữ cuốn sổ ghi từng lần thử máy.",
                ["Mỗi lần máy hỏng, anh ghi lại nguyên nhân và cách sửa. Cuốn sổ ấy giúp anh làm "
                 "những chiếc máy sau nhanh hơn.",
                 "Anh hướng dẫn người mua cách bảo dưỡng và sẵn sàng sửa miễn phí trong năm đầu."],
                ["300 kg quả tươi mỗi giờ", "Giá bằng một phần ba máy thị trường",
                 "30 hộ sử dụng"]),
        "awards": [award(K, "Giấy khen", "cap_huyen", UB_KR, "988", "QĐ-UBND",
                         D(2022, 10, 3))],
        "consent": ("Nguyễn Hữu Nghĩa", D(2022, 9, 20)),
    },
    {
        "name": "Đội tình nguyện sơ cứu giao thông phường Đăk Cấm", "type": "tap_the",
        "level": "nhan_to_moi", "year": 2026, "place": "dak-cam", "unit": "ccb-dak-cam",
        "sectors": ["y-te", "cong-thuong-xay-dung-giao-thong-van-tai"], "movements": ["vh"],
        "summary": "Mười hai tình nguyện viên trực sơ cứu tai nạn giao thông trên quốc lộ đi qua "
                   "phường, sơ cứu kịp thời 57 người bị nạn trong năm 2026.",
        "story": ("Những người chạy đến đầu tiên khi có tai nạn",
                  "Điện thoại của đội sơ cứu có thể đổ chuông lúc nửa đêm.",
                  ["Đội tình nguyện sơ cứu giao thông phường Đăk Cấm gồm 12 người: cựu chiến binh, "
                   "thợ sửa xe, tài xế xe ôm công nghệ.",
                   "Các thành viên được hội chữ thập đỏ tập huấn sơ cứu, mỗi người có một túi dụng "
                   "cụ y tế cơ bản.",
                   "Từ đầu năm 2026, đội đã sơ cứu kịp thời 57 người bị nạn trước khi xe cấp cứu "
                   "đến."],
                  ("Vài phút đầu tiên là quan trọng nhất.", "Đội trưởng Ngô Văn Tư")),
        "how": ("Lập đội sơ cứu giao thông: tập huấn trước, trực theo ca",
                "Đội chia ca trực theo khu vực gần nhà mỗi người.",
                ["Số điện thoại của đội được dán tại các quán nước, tiệm sửa xe dọc quốc lộ. Khi "
                 "có tin báo, người gần nhất đến trước và gọi cấp cứu.",
                 "Mỗi quý, đội ôn tập sơ cứu với nhân viên y tế phường."],
                ["12 tình nguyện viên", "57 người bị nạn được sơ cứu",
                 "Túi sơ cứu cho mỗi thành viên"]),
        "awards": [award(K, "Giấy khen", "cap_xa", "Ủy ban nhân dân phường Đăk Cấm", "102",
                         "QĐ-UBND", D(2026, 9, 1))],
    },
    {
        "name": "Ông Trương Công Hiếu", "type": "ca_nhan", "level": "cap_tinh", "year": 2023,
        "place": "kon-ray", "unit": "nong-dan-kon-braih",
        "sectors": ["nong-nghiep", "an-sinh-xa-hoi"], "movements": ["ngheo", "ntm"],
        "summary": "Chủ trang trại chăn nuôi; tạo việc làm cho 15 lao động người dân tộc thiểu số "
                   "và hỗ trợ con giống cho 22 hộ nghèo trả chậm không lãi.",
        "story": ("Trang trại mở cửa cho người nghèo",
                  "Ông Hiếu cho hộ nghèo nhận lợn giống, khi xuất chuồng mới trả tiền.",
                  ["Từ hai chuồng lợn năm 2012, trang trại của ông Trương Công Hiếu nay có quy mô "
                   "hàng nghìn con, áp dụng đệm lót sinh học.",
                   "Trang trại tạo việc làm cho 15 lao động người dân tộc thiểu số với thu nhập ổn "
                   "định.",
                   "Ông còn hỗ trợ con giống cho 22 hộ nghèo theo hình thức trả chậm, không lấy "
                   "lãi, kèm hướng dẫn kỹ thuật."],
                  ("Mình làm được thì giúp người khác cùng làm.", "Ông Trương Công Hiếu")),
        "how": ("Chăn nuôi đệm lót sinh học: ít mùi, ít bệnh",
                "Đệm lót bằng trấu, mùn cưa và men vi sinh được thay sau mỗi lứa.",
                ["Nhờ đệm lót sinh học, chuồng trại gần như không có mùi, giảm tranh chấp với "
                 "hàng xóm về môi trường.",
                 "Ông Hiếu hướng dẫn các hộ nhận giống làm đệm lót quy mô nhỏ ngay tại nhà."],
                ["15 lao động có việc làm thường xuyên", "22 hộ nghèo được hỗ trợ giống",
                 "Trả chậm, không lấy lãi"]),
        "awards": [award(K, "Bằng khen", "cap_tinh", UB_KT, "418", "QĐ-UBND",
                         D(2023, 4, 26)),
                   {**award(K, "Bằng khen", "cap_tinh", "Hội Nông dân tỉnh Kon Tum", "77",
                            "QĐ-HND", D(2022, 12, 9)),
                    "status": "revoked", "revocation_number": "15",
                    "revocation_symbol": "QĐ-HND", "revocation_date": D(2023, 2, 20),
                    "revocation_issuer": "Hội Nông dân tỉnh Kon Tum"}],
        "consent": ("Trương Công Hiếu", D(2023, 4, 1)),
    },
]
