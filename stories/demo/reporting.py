"""What the newsroom wrote about each exemplar beyond the profile: the portrait story
("story") and the practical follow-up ("how"), keyed by exemplar name.

The titles and leads live with the exemplar in ``profiles.py``; here are the bodies, hero
captions, the column each story runs in, tags and other exemplars it mentions. Bodies use
the compact blocks of ``DemoLoader.blocks``.
"""

import datetime

# Stories that name places as they are since the 2025 reorganisation ("xã Đăk Kôi cũ",
# "nay thuộc xã Đăk Kôi") cannot have been published before it.
MERGED = datetime.date(2025, 7, 1)

REPORTING = {
    "A Thút": {
        "story": {
            "column": "song-dep",
            "since": MERGED,
            "hero": "Già làng A Thút (đi đầu) cùng tổ bảo vệ rừng làng Kon Klốc trong một buổi "
                    "tuần tra.",
            "body": [
                "Chúng tôi gặp già A Thút vào một buổi sáng đầu tháng, khi tổ bảo vệ rừng của làng "
                "chuẩn bị lên đường. Trong chiếc gùi của già có cơm nắm, muối ớt, một chiếc đèn "
                "pin và cuốn sổ nhỏ ghi ngày đi, ngày về của từng chuyến tuần tra.",
                "Già năm nay ngoài sáu mươi mà vẫn đi trước cả tốp thanh niên. Đến khe suối đầu "
                "nguồn, già dừng lại chỉ cho chúng tôi những gốc cây bị chặt từ hơn chục năm "
                "trước, nay đã mọc chồi thành cây lớn. Từ ngày làng đưa việc giữ rừng vào hương "
                "ước, những gốc cây mới như thế không còn xuất hiện.",
                ("image", "Tổ bảo vệ rừng làng Kon Klốc nghỉ chân bên khe suối đầu nguồn."),
                "Việc già hiến đất mở đường năm 2022 cũng xuất phát từ suy nghĩ ấy: có đường thì "
                "bà con không phải phát rẫy mới sát bìa rừng, nông sản ra chợ nhanh hơn. Cán bộ xã "
                "Đăk Kôi (cũ) kể, buổi họp bàn mở đường, già là người đứng lên nói trước, bằng "
                "tiếng Xơ Đăng, rồi ký tên đầu tiên.",
                "Hỏi già mong gì, già bảo chỉ mong lớp trẻ trong làng nhận việc đi rừng thay mình. "
                "Năm nay, tổ bảo vệ rừng của làng có thêm bốn thanh niên dưới ba mươi tuổi.",
            ],
            "quote_at": 4,
            "tags": ["giữ rừng", "người có uy tín", "hiến đất làm đường"],
        },
        "how": {
            "hero": "Nhà rông làng Kon Klốc, nơi mỗi tháng dân làng họp bàn việc giữ rừng.",
            "heading": "Giao việc cho người trẻ",
            "more": [
                "Mỗi chuyến tuần tra có ít nhất một người lớn tuổi đi cùng hai, ba thanh niên. "
                "Người lớn chỉ đường, nhận ra dấu chân thú, vết cưa; người trẻ chụp ảnh, đánh dấu "
                "vị trí trên điện thoại và gửi vào nhóm Zalo của tổ.",
                "Khi phát hiện cây bị chặt hay đám cháy nhỏ, tổ báo ngay cho kiểm lâm địa bàn và "
                "trưởng thôn. Hộ vi phạm hương ước bị nêu tên trong buổi họp làng ở nhà rông; với "
                "người trong làng, như thế đã là điều rất ngại.",
            ],
            "facts_title": "Rừng đầu nguồn làng Kon Klốc",
            "tags": ["bảo vệ rừng", "hương ước"],
        },
    },
    "Y Hiền": {
        "story": {
            "column": "song-dep",
            "hero": "Nữ hộ sinh Y Hiền kiểm tra sức khỏe cho một bé sơ sinh tại Trạm Y tế xã Đăk "
                    "Kôi.",
            "body": [
                "Trạm Y tế xã Đăk Kôi nằm trên một quả đồi thấp. Buổi chiều chúng tôi đến, Y Hiền "
                "vừa tiễn một sản phụ về làng sau ba ngày theo dõi, trên tay còn cầm cuốn sổ khám "
                "thai đã sờn góc.",
                "Cô là người Xơ Đăng, học trung cấp hộ sinh rồi xin về xã nhà. Những năm đầu, có "
                "đêm cô nhận điện thoại báo chuyển dạ lúc một, hai giờ sáng, phải nhờ chồng chở đi "
                "vì đường vào làng vừa tối vừa trơn.",
                "Theo số liệu của trạm, năm 2014 chỉ khoảng một phần ba sản phụ trong xã sinh con "
                "tại cơ sở y tế; năm 2023 con số này là hơn chín phần mười. Cô không nhận đó là "
                "công của riêng mình: đó là công của cả trạm, của các cô đỡ thôn bản và của những "
                "người chồng đã chịu đưa vợ đến trạm.",
                "Mỗi khi có bà mẹ trẻ bế con quay lại tiêm chủng, Y Hiền lại hỏi rất kỹ chuyện ăn "
                "ngủ của đứa bé. Với cô, một ca sinh chỉ thật sự xong khi đứa trẻ khỏe mạnh qua "
                "tháng đầu tiên.",
            ],
            "tags": ["y tế cơ sở", "chăm sóc sức khỏe sinh sản", "Xơ Đăng"],
        },
        "how": {
            "hero": "Phòng sinh của Trạm Y tế xã Đăk Kôi có giường cho người nhà sản phụ ở lại.",
            "heading": "Cô đỡ thôn bản, cánh tay nối dài của trạm",
            "more": [
                "Cô đỡ thôn bản là cánh tay nối dài của trạm. Họ là phụ nữ trong làng, được tập "
                "huấn, biết nhận ra dấu hiệu nguy hiểm và biết gọi ai khi cần. Mỗi tháng, Y Hiền "
                "họp với họ một lần để cập nhật danh sách.",
                "Trạm cũng đề nghị xã hỗ trợ một phần tiền xe cho sản phụ ở hai làng xa nhất. "
                "Khoản hỗ trợ nhỏ nhưng giúp nhiều gia đình bớt đắn đo khi phải đưa vợ, con gái đi "
                "sinh.",
            ],
            "facts_title": "Chăm sóc sản phụ ở Đăk Kôi",
            "tags": ["y tế cơ sở", "cô đỡ thôn bản"],
        },
    },
    "Chi đoàn thôn Kon Rbàng": {
        "story": {
            "column": "nguoi-tot-viec-tot",
            "hero": "Đoàn viên chi đoàn thôn Kon Rbàng đổ bê tông đường nội thôn trong mùa khô.",
            "body": [
                "Trưa tháng Tư, nắng trên con dốc đầu thôn Kon Rbàng hắt lên mặt bê tông còn mới. "
                "Bí thư chi đoàn Y Lan chỉ từng đoạn đường và kể tên tổ đã đổ nó, năm nào, mất bao "
                "nhiêu ngày.",
                "Trước khi có đường bê tông, mùa mưa xe máy không lên nổi con dốc này. Học sinh "
                "phải đi bộ ra điểm trường, cà phê thu hoạch xong phải gùi từng bao ra đường lớn. "
                "Khi xã có chương trình hỗ trợ xi măng làm đường nông thôn mới, chi đoàn nhận phần "
                "việc nặng nhất là công lao động.",
                "Không phải đoàn viên nào cũng rảnh. Nhiều người đi làm thuê theo mùa ở tỉnh khác, "
                "chỉ về làng dịp Tết và mùa khô. Chi đoàn dồn lịch đổ bê tông vào đúng những tuần "
                "ấy; người không về được thì nhờ anh em trong nhà làm thay.",
                "Làm xong đường, chi đoàn làm tiếp đèn. Sáu mươi bộ đèn năng lượng mặt trời được "
                "gắn dọc 2 km từ thôn ra trường học; tiền mua đèn do đoàn viên, các hộ trong thôn "
                "và một doanh nghiệp ở thành phố Kon Tum cùng góp.",
            ],
            "also": ["Chị Y Lan"],
            "tags": ["thanh niên tình nguyện", "đường nông thôn", "thắp sáng đường quê"],
        },
        "how": {
            "hero": "Bảng phân công làm đường dán ở cửa nhà văn hóa thôn Kon Rbàng.",
            "heading": "Ai vắng thì tổ bù người",
            "more": [
                "Bảng phân công được cập nhật mỗi tuần và chụp gửi lên nhóm Zalo của chi đoàn, để "
                "đoàn viên đi làm xa cũng biết đoạn đường của tổ mình đã đến đâu. Tổ nào xong "
                "trước thì sang giúp tổ chậm hơn.",
                "Vật liệu được nhận và ghi sổ tại nhà văn hóa thôn, có chữ ký của trưởng thôn và "
                "bí thư chi đoàn. Cuối mỗi đợt, chi đoàn báo cáo số xi măng đã dùng trong cuộc họp "
                "thôn, nên chưa từng có thắc mắc về vật liệu.",
            ],
            "facts_title": "Ba mùa khô làm đường",
            "tags": ["công tác đoàn", "xây dựng nông thôn mới"],
        },
    },
    "Hộ ông Đinh Văn Hùng": {
        "story": {
            "column": "song-dep",
            "hero": "Ông Đinh Văn Hùng chăm sóc vườn cà phê trồng xen sầu riêng của gia đình.",
            "body": [
                "Căn nhà gỗ của ông Đinh Văn Hùng ở Hà Mòn nay đã có thêm gian bếp xây và bể nước. "
                "Ông bảo, mấy năm trước nhà chỉ có hai gian, mùa mưa phải lấy bạt che vách.",
                "Bước ngoặt là khoản vay vốn chính sách năm 2018. Ông không trồng ồ ạt mà làm thử "
                "trên nửa héc-ta trước, vừa làm vừa hỏi cán bộ khuyến nông. Những năm cà phê chưa "
                "cho nhiều quả, vợ chồng ông đi làm thuê thêm để trả lãi đúng hạn.",
                "Năm 2021, gia đình ra khỏi danh sách hộ nghèo. Đến năm 2023, vườn cà phê cho thu "
                "hoạch ổn định, mấy cây sầu riêng trồng xen bắt đầu bói quả.",
                "Năm hộ được ông kèm cặp đều ở cùng thôn. Ông cho mượn cây giống, hướng dẫn đào "
                "hố, bón lót, và dặn họ ghi chép chi phí như ông từng làm. Hai trong năm hộ đã có "
                "vụ cà phê đầu tiên.",
            ],
            "quote_at": 3,
            "also": ["Hộ ông A Brêu"],
            "tags": ["thoát nghèo", "cà phê xen sầu riêng"],
        },
        "how": {
            "hero": "Rãnh chắn nước theo đường đồng mức trên vườn cà phê nhà ông Hùng.",
            "heading": "Ghi chép từng vụ",
            "more": [
                "Ông Hùng giữ ba cuốn sổ, mỗi cuốn một vụ, ghi ngày bón phân, lượng phân, ngày "
                "tưới và số tiền bỏ ra. Nhờ đó ông biết năm nào lãi, năm nào hòa vốn, và không bón "
                "thừa phân như trước.",
                "Với hộ mới bắt đầu, ông khuyên trồng xen ở mật độ thưa, không chạy theo giá sầu "
                "riêng mà phá bỏ cà phê. Vốn vay nên dùng theo tiến độ của vườn, tránh tiêu hết "
                "một lần.",
            ],
            "facts_title": "Vườn nhà ông Hùng",
            "tags": ["kinh nghiệm sản xuất", "khuyến nông"],
        },
    },
    "Mô hình “Tủ sách nhà rông”": {
        "story": {
            "column": "cuoc-song-muon-mau",
            "hero": "Tủ sách đặt trong nhà rông làng Kon Rlong, xã Đăk Kôi.",
            "body": [
                "Chiếc tủ gỗ đặt sát vách nhà rông, cánh tủ có ổ khóa nhỏ, chìa do em Y Thảo, học "
                "sinh lớp 5, giữ. Tối thứ Bảy, Thảo mở tủ, lấy cuốn sổ mượn trả ra, và hơn chục "
                "đứa trẻ xếp hàng chọn sách.",
                "Sách nhiều nhất là truyện tranh, truyện cổ tích và sách khoa học thiếu nhi. Có "
                "cuốn được mượn nhiều đến mức phải dán lại gáy. Người lớn đến nhà rông chơi thì "
                "ngồi nghe các cháu đọc; vài ông bà còn nhờ cháu đọc lại đoạn có bản dịch tiếng Xơ "
                "Đăng.",
                ("image", "Học sinh làng Kon Rlong chọn sách ở tủ sách đặt trong nhà rông."),
                "Cô giáo Nguyễn Thị Mai, một trong những người khởi xướng, cho biết nhà trường "
                "chọn nhà rông vì đó là nơi cả làng quen đến, trẻ không phải đi xa và cha mẹ yên "
                "tâm. Khi làng họp hay có lễ, tủ vẫn đóng, nhà rông vẫn là nhà rông.",
                "Năm 2025, mô hình được Ủy ban nhân dân tỉnh Kon Tum tặng Bằng khen. Nhà trường "
                "đang cùng các làng bàn cách thay những cuốn đã rách và bổ sung sách hướng dẫn "
                "trồng trọt cho người lớn.",
            ],
            "quote_at": 4,
            "also": ["Cô giáo Nguyễn Thị Mai"],
            "tags": ["văn hóa đọc", "nhà rông", "song ngữ Việt - Xơ Đăng"],
        },
        "how": {
            "hero": "Phụ huynh làng Kon Rlong đóng tủ sách bằng gỗ tận dụng.",
            "heading": "Chi phí nhỏ, việc giao rõ",
            "more": [
                "Một tủ sách gồm tủ gỗ do phụ huynh tự đóng, ổ khóa, cuốn sổ mượn trả và đèn sạc "
                "năng lượng mặt trời. Tổng chi phí chưa đến ba triệu đồng, phần lớn là tiền mua "
                "đèn.",
                "Việc dịch sách do giáo viên người Xơ Đăng đảm nhận, mỗi người vài cuốn mỗi học "
                "kỳ. Bản dịch được in trên giấy dán, để cuốn sách vẫn dùng được cho cả những em đã "
                "đọc thạo tiếng Việt.",
            ],
            "facts_title": "Tủ sách nhà rông sau ba năm",
            "tags": ["văn hóa đọc", "nhân rộng mô hình"],
            "extra": [("gallery", "Tủ sách ở các làng", [
                "Tủ sách nhà rông làng Kon Rlong.",
                "Học sinh lớp 5 làm thủ thư, ghi sổ mượn trả.",
                "Một cuốn truyện có bản dịch tiếng Xơ Đăng dán dưới trang.",
            ])],
        },
    },
    "Trung tá Nguyễn Văn Sơn": {
        "story": {
            "column": "hoc-tap-va-lam-theo-bac",
            "since": MERGED,
            "hero": "Trung tá Nguyễn Văn Sơn trò chuyện với người có uy tín trong thôn.",
            "body": [
                "Trong cuốn sổ tay của Trung tá Nguyễn Văn Sơn có một trang ghi tên các già làng, "
                "người có uy tín ở từng thôn của xã Hà Mòn cũ, kèm số điện thoại và cả ngày giỗ "
                "của gia đình họ. Anh bảo, muốn bà con nói thật thì phải hiểu nhà người ta trước.",
                "Những ngày đầu về xã, anh nhờ một cán bộ người địa phương dạy tiếng. Đến nay anh "
                "nghe được phần lớn câu chuyện ở nhà rông, nói được những câu thông thường. Nhiều "
                "vụ mâu thuẫn được người dân tìm đến kể với anh từ sớm, trước khi thành chuyện "
                "lớn.",
                "Việc vận động giao nộp súng tự chế cũng được làm theo cách ấy: không họp lớn, "
                "không hô hào, mà ngồi với từng gia đình, giải thích quy định và kể lại những vụ "
                "tai nạn do súng tự chế từng xảy ra trong vùng. Mười chín khẩu súng được người dân "
                "tự mang đến công an xã.",
                "Theo anh, học tập và làm theo Bác trong công việc của người công an cơ sở là gần "
                "dân, hiểu dân và giữ lời hứa với dân. Năm 2023, anh được Ủy ban nhân dân tỉnh Kon "
                "Tum tặng Bằng khen.",
            ],
            "tags": ["công an cơ sở", "dân vận", "làm theo lời Bác"],
        },
        "how": {
            "column": "hoc-tap-va-lam-theo-bac",
            "hero": "Một buổi hòa giải tranh chấp đất rẫy tại nhà già làng.",
            "heading": "Hòa giải ở nhà già làng, không ở trụ sở",
            "more": [
                "Trước mỗi buổi hòa giải, công an xã cùng trưởng thôn tìm hiểu nguồn gốc mảnh đất "
                "hay sự việc, xem giấy tờ nếu có. Buổi hòa giải được tổ chức ở nhà già làng hoặc "
                "nhà văn hóa thôn để các bên bớt e dè.",
                "Ba tháng sau mỗi vụ, công an xã quay lại hỏi thăm xem thỏa thuận có được thực "
                "hiện hay không. Những vụ có dấu hiệu tái diễn được đưa vào danh sách theo dõi "
                "riêng.",
            ],
            "facts_title": "Ba năm hòa giải ở cơ sở",
            "also": ["Tổ hòa giải thôn Kon Gộp"],
            "tags": ["hòa giải ở cơ sở", "người có uy tín"],
        },
    },
    "Tổ tự quản đường hoa thôn 3": {
        "story": {
            "column": "chuyen-thuong-ngay",
            "hero": "Đường hoa do mười tám hộ thôn 3 trồng và chăm sóc.",
            "body": [
                "Sáu giờ sáng, bà Phạm Thị Gấm đã ra đoạn hoa trước cửa nhà, nhổ mấy khóm cỏ, tưới "
                "nốt phần nước còn trong thùng. Đoạn của nhà bà dài chừng sáu chục mét, trồng xen "
                "hoa mười giờ với dừa cạn.",
                "Thôn 3 trước thuộc xã Đăk Mar, từ tháng 7/2025 là một phần của xã Đăk Hà. Con "
                "đường hoa có từ trước đó ít lâu, khi mười tám hộ dọc tuyến ngồi lại với nhau theo "
                "lời rủ của chị Lê Thị Hạnh.",
                ("image", "Trẻ em trong thôn tưới hoa cùng bà vào buổi chiều."),
                "Khó nhất là mùa khô. Nước giếng chung có hạn, tổ chia lịch tưới để không nhà nào "
                "dùng nhiều hơn phần mình. Những hộ có người già yếu được hàng xóm tưới giúp.",
                "Tháng 9/2025, tổ được Ủy ban nhân dân xã Đăk Hà tặng giấy khen, là một trong "
                "những tập thể đầu tiên được xã mới khen thưởng. Với người trong thôn, phần thưởng "
                "dễ thấy nhất là đầu thôn không còn bãi rác.",
            ],
            "tags": ["đường hoa", "vệ sinh môi trường", "tổ tự quản"],
            "source": "Đài Truyền thanh xã Đăk Hà",
        },
        "how": {
            "column": "chuyen-thuong-ngay",
            "hero": "Cọc tre và hoa mười giờ dọc đường thôn 3 mùa khô.",
            "heading": "Giống hoa dễ nhân, quỹ không cố định",
            "more": [
                "Giống hoa được chọn là loại chịu nắng, ít sâu bệnh và dễ giâm cành, để mỗi hộ tự "
                "nhân giống mà không phải mua. Cọc rào bằng tre trong vườn, thay mới sau mỗi mùa "
                "mưa.",
                "Tổ không thu quỹ cố định. Khi cần mua thêm hạt giống hay ống dẫn nước, tổ trưởng "
                "đề xuất trong buổi họp quý và các hộ góp theo khả năng. Khoản chi được ghi vào "
                "cuốn sổ để ở nhà tổ trưởng.",
                "Hai thôn lân cận đã sang xem cách làm. Chị Hạnh khuyên nên bắt đầu từ một đoạn "
                "ngắn để các hộ thấy kết quả rồi mới kéo dài, hơn là làm dài ngay từ đầu rồi bỏ "
                "dở.",
            ],
            "facts_title": "Đường hoa thôn 3",
            "tags": ["tổ tự quản", "nông thôn mới"],
        },
    },
    "Cô giáo Nguyễn Thị Mai": {
        "story": {
            "column": "song-dep",
            "hero": "Cô giáo Nguyễn Thị Mai trong giờ dạy ở điểm trường Kon Ktu.",
            "body": [
                "Điểm trường Kon Ktu bây giờ có hai phòng học xây, mái tôn xanh, sân lát xi măng. "
                "Cô Nguyễn Thị Mai vẫn nhớ rõ phòng học tranh tre năm 2004, mùa mưa dột đến mức "
                "phải kê bàn dồn vào giữa phòng.",
                "Quê cô ở Quảng Ngãi, lên Kon Tum dạy học khi vừa ra trường. Những năm đầu, cô ở "
                "lại điểm trường cả tuần, cuối tuần mới về. Cô học tiếng Xơ Đăng từ chính học trò, "
                "rồi dùng tiếng Xơ Đăng để giảng lại những chữ khó cho lớp một.",
                ("image", "Đường vào điểm trường Kon Ktu mùa mưa."),
                "Lớp xóa mù chữ buổi tối bắt đầu từ việc vài phụ huynh nhờ cô dạy đọc giấy mời họp "
                "của trường. Lớp đông nhất có hơn hai mươi người, người trẻ nhất ngoài hai mươi "
                "tuổi, người lớn tuổi nhất đã hơn sáu mươi.",
                "Năm 2024, cô được Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen. Hỏi về dự "
                "định, cô nói còn vài năm nữa là nghỉ hưu và mong có giáo viên trẻ người địa "
                "phương về thay mình ở Kon Ktu.",
            ],
            "also": ["Mô hình “Tủ sách nhà rông”"],
            "tags": ["giáo viên vùng cao", "xóa mù chữ"],
        },
        "how": {
            "hero": "Lớp học xóa mù chữ buổi tối ở điểm trường Kon Ktu.",
            "heading": "Câu đọc là câu của người lớn",
            "more": [
                "Mỗi buổi học kéo dài khoảng một tiếng rưỡi. Cô dạy chữ cái, ghép vần như với học "
                "sinh lớp một, nhưng câu đọc là câu của người lớn: tên con, tên làng, tên giống cà "
                "phê, số tiền bán nông sản.",
                "Cô không chấm điểm mà ghi nhận xét vào cuốn vở riêng của từng người. Khi một học "
                "viên tự viết được lá đơn đầu tiên, cả lớp vỗ tay. Những người đã biết chữ được "
                "mời quay lại kèm người mới.",
            ],
            "facts_title": "Lớp xóa mù chữ ở Kon Ktu",
            "tags": ["xóa mù chữ", "kinh nghiệm dạy học"],
        },
    },
    "Hợp tác xã Nông nghiệp Đăk Rve": {
        "story": {
            "column": "cuoc-song-muon-mau",
            "hero": "Tem truy xuất nguồn gốc trên bao cà phê của Hợp tác xã Nông nghiệp Đăk Rve.",
            "body": [
                "Trong kho của Hợp tác xã Nông nghiệp Đăk Rve, những bao cà phê nhân xếp thành "
                "hàng, mỗi bao dán một tem nhỏ. Quét mã trên tem bằng điện thoại, người mua thấy "
                "tên hộ trồng, thời gian thu hái và những lần bón phân, phun thuốc trong vụ.",
                "Giám đốc Y Thương cho biết, để có những con tem ấy, hợp tác xã mất gần ba năm. "
                "Khó nhất không phải là phần mềm mà là thói quen ghi chép của hơn một trăm hộ, "
                "trong đó nhiều người lớn tuổi chưa từng dùng điện thoại thông minh.",
                "Cà phê rang xay của hợp tác xã được bán qua sàn thương mại điện tử từ năm 2024, "
                "sản lượng còn khiêm tốn. Phần lớn cà phê nhân vẫn bán cho doanh nghiệp chế biến "
                "theo hợp đồng, với giá cao hơn giá thu mua thông thường từ 10 đến 15%.",
                "Hợp tác xã muốn mở rộng sang các thôn lân cận, nhưng chỉ nhận những hộ cam kết "
                "ghi nhật ký đầy đủ.",
            ],
            "tags": ["hợp tác xã", "truy xuất nguồn gốc", "thương mại điện tử"],
        },
        "how": {
            "hero": "Cán bộ kỹ thuật hợp tác xã kiểm tra nhật ký canh tác trên điện thoại của một "
                    "thành viên.",
            "heading": "Kiểm tra ngẫu nhiên, công khai kết quả",
            "more": [
                "Kết quả kiểm tra được đọc trong buổi họp thành viên hằng quý. Hộ nào ghi thiếu "
                "được nhắc và hướng dẫn lại; hộ ghi sai nhiều lần thì lô cà phê của hộ đó chưa "
                "được dán tem cho đến khi khắc phục.",
                "Hợp tác xã còn thuê máy tách vỏ cà phê tươi do một nông dân trong vùng tự chế để "
                "sơ chế ngay tại thôn, rút ngắn thời gian quả nằm chờ và giữ chất lượng đồng đều "
                "giữa các hộ.",
            ],
            "facts_title": "Hợp tác xã Đăk Rve",
            "also": ["Anh Nguyễn Hữu Nghĩa"],
            "tags": ["nhật ký canh tác", "chuyển đổi số nông nghiệp"],
        },
    },
    "Ông Lê Văn Ba": {
        "story": {
            "column": "nguoi-tot-viec-tot",
            "hero": "Ông Lê Văn Ba (bên phải) cùng tổ thợ tình nguyện dựng khung nhà cho hộ khó "
                    "khăn.",
            "body": [
                "Xưởng mộc nhỏ của ông Lê Văn Ba ở phường Đăk Cấm những ngày này vắng khách, vì "
                "ông và tổ thợ còn bận dựng nốt khung nhà cho một hộ ở tổ dân phố bên cạnh. Trên "
                "chiếc xe ba gác là mấy cây xà gỗ cũ hàng xóm cho, đã được ông bào lại.",
                "Tổ thợ có năm người, người trẻ nhất cũng đã ngoài năm mươi. Họ làm vào những ngày "
                "không có việc riêng, mỗi căn nhà mất từ hai đến ba tuần. Chủ nhà lo cơm trưa; "
                "nhà nào khó khăn quá thì hội cựu chiến binh nấu giúp.",
                "Ông Ba ít nói về mình. Chỉ khi được hỏi về căn nhà của bà Y Nga, ông mới kể rằng "
                "hôm cất nóc trời đổ mưa to, cả tổ phải che bạt làm tiếp đến tối để bà kịp dọn vào "
                "trước mùa mưa bão.",
                "Năm 2025, ông được Hội Cựu chiến binh tỉnh Quảng Ngãi tặng giấy khen vì thành "
                "tích trong phong trào xóa nhà tạm, nhà dột nát. Danh sách của phường vẫn còn hai "
                "hộ đang chờ, và tổ thợ đã hẹn ngày khởi công.",
            ],
            "tags": ["xóa nhà tạm", "cựu chiến binh"],
        },
        "how": {
            "hero": "Gỗ cũ người dân góp được phân loại tại xưởng mộc của ông Ba.",
            "heading": "Vật liệu cũ, tay nghề chắc",
            "more": [
                "Trước khi dựng, tổ thợ cùng chủ nhà vẽ phương án trên giấy: nhà mấy gian, mái "
                "hướng nào, bếp đặt ở đâu. Phương án được gửi hội cựu chiến binh và tổ dân phố "
                "thống nhất, tránh phải sửa khi đã làm.",
                "Gỗ, tôn cũ nhận về được phân loại ngay tại xưởng. Loại còn tốt dùng làm khung, "
                "kèo; loại kém hơn làm vách bếp, chuồng trại. Mọi vật liệu đều được ghi tên người "
                "góp để công khai khi bàn giao nhà.",
            ],
            "facts_title": "Tổ thợ tình nguyện năm 2025",
            "tags": ["xóa nhà tạm", "tổ thợ tình nguyện"],
        },
    },
    "Chị Y Blin": {
        "story": {
            "column": "chuyen-thuong-ngay",
            "since": MERGED,
            "hero": "Chị Y Blin ghi sổ trong buổi họp tổ tiết kiệm và vay vốn của thôn.",
            "body": [
                "Buổi họp tổ tiết kiệm và vay vốn của thôn bắt đầu lúc tám giờ sáng ở nhà văn hóa. "
                "Chị Y Blin ngồi ở bàn đầu, trước mặt là cuốn sổ bìa xanh, chiếc máy tính cầm tay "
                "và hộp đựng tiền có khóa.",
                "Từng người lên nộp lãi, gửi tiết kiệm. Chị đếm tiền hai lần, ghi vào sổ, đọc to "
                "số tiền rồi đưa người nộp ký. Với người chưa biết chữ, chị hướng dẫn điểm chỉ và "
                "nhờ một người trong tổ làm chứng.",
                "Chị Y Blin là người Xơ Đăng, học hết lớp 12, làm tổ trưởng từ năm 2015. Việc "
                "không lương, chỉ có khoản hoa hồng nhỏ theo quy định. Chị vẫn làm, vì theo chị, "
                "tổ vay vốn mà mất uy tín thì những hộ nghèo đến sau sẽ khó được vay.",
                "Năm 2022, chị được Ngân hàng Chính sách xã hội huyện Đăk Hà tặng giấy khen. Từ "
                "tháng 7/2025, xã Ngọk Réo cũ và xã Ngọk Wang hợp thành xã Ngọk Réo mới; tổ của "
                "chị vẫn giữ lịch họp mỗi tháng một lần.",
            ],
            "tags": ["vốn chính sách", "tổ tiết kiệm và vay vốn"],
        },
        "how": {
            "hero": "Sổ theo dõi vốn vay được chị Y Blin đọc công khai trước tổ.",
            "heading": "Hỏi kỹ trước khi vay",
            "more": [
                "Trước khi đề nghị cho vay, tổ họp bình xét công khai. Hộ xin vay phải nói rõ dùng "
                "tiền vào việc gì, bao lâu có thu; phương án nào chưa rõ thì tổ góp ý để làm lại "
                "chứ không bác bỏ ngay.",
                "Sau khi giải ngân, chị đến thăm mỗi hộ ít nhất một lần trong ba tháng đầu. Nếu hộ "
                "vay gặp khó, như bò ốm hay mất mùa, chị báo cán bộ ngân hàng ở điểm giao dịch xã "
                "để được hướng dẫn gia hạn đúng quy định, không để thành nợ quá hạn.",
            ],
            "facts_title": "Tổ vay vốn của chị Y Blin",
            "also": ["Ngân hàng Chính sách xã hội - Điểm giao dịch xã Đăk Pxi"],
            "tags": ["tín dụng chính sách", "giảm nghèo"],
        },
    },
    "Bộ phận Một cửa xã Kon Braih": {
        "story": {
            "column": "hoc-tap-va-lam-theo-bac",
            "hero": "Người dân lấy số thứ tự tại Bộ phận Một cửa xã Kon Braih.",
            "body": [
                "Chín giờ sáng thứ Hai, phòng một cửa của xã Kon Braih có chừng mười người chờ. "
                "Không có hàng dài: mỗi người bấm số ở máy lấy phiếu đặt gần cửa rồi ngồi chờ trên "
                "dãy ghế, phần lớn chưa đầy mười lăm phút đã được gọi.",
                "Xã Kon Braih mới gồm địa bàn các xã Tân Lập, Đăk Tờ Re và Đăk Tơ Lung cũ. Cùng "
                "với sắp xếp, nhiều thủ tục trước đây làm ở huyện như chứng thực, đất đai, chính "
                "sách xã hội được giao về xã. Số hồ sơ tiếp nhận mỗi tháng tăng gần gấp đôi so với "
                "trước.",
                "Chị Phạm Thị Thu, trưởng bộ phận, nói những tuần đầu không tránh khỏi lúng túng. "
                "Bộ phận họp nhanh cuối mỗi ngày để rà những hồ sơ vướng, ghi lại câu người dân "
                "hay hỏi, rồi in thành tờ hướng dẫn dán ở cửa.",
                "Tháng 10/2025, tập thể Bộ phận Một cửa được Ủy ban nhân dân tỉnh Quảng Ngãi tặng "
                "Bằng khen. Việc tiếp theo mà cán bộ ở đây đặt ra là giảm số lần người dân phải đi "
                "lại cho thủ tục đất đai, loại hồ sơ vẫn mất nhiều thời gian nhất.",
            ],
            "quote_at": 3,
            "tags": ["cải cách hành chính", "chính quyền hai cấp", "văn hóa công sở"],
        },
        "how": {
            "hero": "Cán bộ xã Kon Braih hướng dẫn người dân nộp hồ sơ trực tuyến tại nhà văn hóa "
                    "thôn.",
            "heading": "Đưa máy tính xuống thôn",
            "more": [
                "Lịch nhận hồ sơ ở thôn được thông báo trên loa truyền thanh và nhóm Zalo của thôn "
                "trước ba ngày. Cán bộ mang theo máy tính xách tay và máy quét, hướng dẫn người "
                "dân nộp trực tuyến ngay tại nhà văn hóa.",
                "Tổ công nghệ số cộng đồng ở mỗi thôn gồm trưởng thôn, một đoàn viên và một giáo "
                "viên. Họ không làm thay việc của cán bộ mà giúp người dân cài ứng dụng, chụp giấy "
                "tờ và tra cứu kết quả.",
            ],
            "facts_title": "Sáu tháng đầu của xã mới",
            "tags": ["dịch vụ công trực tuyến", "tổ công nghệ số cộng đồng"],
        },
    },
    "Hộ bà Y Nhi": {
        "story": {
            "column": "cuoc-song-muon-mau",
            "hero": "Ba thế hệ trong gia đình bà Y Nhi bên khung cửi dưới gầm nhà sàn.",
            "body": [
                "Dưới gầm nhà sàn của bà Y Nhi có ba khung cửi đặt cạnh nhau. Khung của bà cũ "
                "nhất, thanh gỗ bóng lên vì tay người; khung của con gái bà làm năm 2010; khung "
                "nhỏ nhất của cô cháu gái mười sáu tuổi mới đóng năm ngoái.",
                "Bà Y Nhi năm nay ngoài sáu mươi, học dệt từ mẹ khi mười hai tuổi. Bà thuộc hơn "
                "hai mươi hoa văn, mỗi hoa văn gắn với một câu chuyện: hình con cá, hình cây lúa, "
                "hình mái nhà rông.",
                "Lớp dạy dệt ở sân nhà bà bắt đầu từ năm 2024. Các em gái đến sau giờ học, tự mang "
                "sợi hoặc dùng sợi bà cho. Tấm khăn đầu tiên của mỗi em thường mất gần một tháng, "
                "có em tháo ra dệt lại đến ba lần.",
                "Tháng 3/2026, gia đình bà được Ủy ban nhân dân xã Kon Braih tặng giấy khen. Cô "
                "cháu gái hiện lo phần bán hàng qua mạng, mỗi tháng gửi đi vài chục sản phẩm.",
                ("gallery", "Hoa văn trên khung cửi nhà bà Y Nhi", [
                    "Hoa văn hình con cá trên tấm khăn bà Y Nhi đang dệt.",
                    "Cô cháu gái mười sáu tuổi bên khung cửi nhỏ của mình.",
                    "Những chiếc ví thổ cẩm chờ gửi cho khách.",
                ]),
            ],
            "tags": ["thổ cẩm", "nghề truyền thống", "Xơ Đăng"],
        },
        "how": {
            "column": "cuoc-song-muon-mau",
            "hero": "Ví và móc khóa dệt thổ cẩm của gia đình bà Y Nhi.",
            "heading": "Sản phẩm nhỏ cho khách du lịch",
            "more": [
                "Một tấm khăn lớn dệt mất nhiều tuần, giá cao nên ít người mua. Gia đình làm thêm "
                "ví, móc khóa, dây đeo điện thoại từ những dải vải dệt ngắn, giá vừa túi khách và "
                "tận dụng được sợi thừa.",
                "Cháu gái bà chụp ảnh sản phẩm dưới ánh sáng tự nhiên, ghi rõ kích thước, màu sợi "
                "và thời gian dệt. Khách hỏi về hoa văn thì bà trả lời, cháu dịch và nhắn lại; "
                "nhiều khách quay lại mua lần thứ hai.",
                "Bà Y Nhi giữ nguyên tắc không dùng sợi hóa học cho những tấm khăn mang hoa văn "
                "cổ. Sản phẩm nhỏ cho khách du lịch thì linh hoạt hơn, miễn là hoa văn được dệt "
                "đúng.",
            ],
            "facts_title": "Khung cửi nhà bà Y Nhi",
            "also": ["Hợp tác xã Dệt thổ cẩm Kon Klor"],
            "tags": ["thổ cẩm", "bán hàng trực tuyến"],
        },
    },
    "Dân quân thường trực xã Đăk Pxi": {
        "story": {
            "column": "nguoi-tot-viec-tot",
            "hero": "Tổ dân quân thường trực xã Đăk Pxi giúp người dân dọn bùn sau lũ.",
            "body": [
                "Tiểu đội trưởng A Sang nhớ cuộc điện thoại lúc gần 22 giờ: trưởng thôn báo nước "
                "đã tràn qua đường vào khu dân cư ven sông. Mười phút sau, tổ dân quân thường trực "
                "có mặt, mang theo hai chiếc thuyền nhôm, áo phao và cuộn dây thừng.",
                "Trời mưa to, điện mất. Các chiến sĩ chia làm ba nhóm, đi theo danh sách những hộ "
                "có người già, trẻ nhỏ đã lập từ mùa khô. Đến hai giờ sáng, 43 hộ đã lên điểm tập "
                "trung ở trường học trên đồi.",
                "Gần sáng, hai người đi rẫy về bị nước cuốn khi cố lội qua ngầm. Hai chiến sĩ buộc "
                "dây vào gốc cây, lội ra giữa dòng, đưa cả hai vào bờ. Một người bị thương nhẹ ở "
                "chân, được đưa đến trạm y tế xã.",
                "Tháng 11/2024, tổ dân quân được Ủy ban nhân dân tỉnh Kon Tum tặng Bằng khen. Sau "
                "trận lũ, xã bổ sung thêm một thuyền và cắm biển cảnh báo ở hai ngầm tràn.",
                ("video", "https://www.youtube.com/watch?v=GuongSang01",
                 "Dân quân Đăk Pxi trong đêm lũ",
                 "Phóng sự của Trung tâm Văn hóa - Thông tin, thực hiện tháng 11/2024.", "3:48"),
            ],
            "tags": ["phòng chống thiên tai", "dân quân", "lũ lụt"],
        },
        "how": {
            "hero": "Áo phao và thuyền nhôm của tổ dân quân được kiểm tra trước mùa mưa.",
            "heading": "Diễn tập từ mùa khô",
            "more": [
                "Tháng 4 hằng năm, tổ dân quân cùng trưởng thôn đi từng nhà ven sông, đánh dấu lối "
                "thoát và điểm tập trung. Mỗi hộ được phát một tờ giấy ghi số điện thoại của tổ "
                "và tên người phụ trách nhóm nhà mình.",
                "Trước mùa mưa, xã tổ chức một buổi diễn tập sơ tán vào ban đêm, có người dân cùng "
                "tham gia. Những chỗ vướng phát hiện trong buổi diễn tập, như lối đi hẹp hay "
                "thiếu đèn, được sửa ngay trong tháng.",
            ],
            "facts_title": "Đêm 27/10/2024",
            "tags": ["phòng chống thiên tai", "phương án sơ tán"],
        },
    },
    "Anh Trần Minh Quân": {
        "story": {
            "column": "chuyen-thuong-ngay",
            "hero": "Anh Trần Minh Quân hướng dẫn người cao tuổi dùng dịch vụ công trực tuyến.",
            "body": [
                "Bảy giờ tối, nhà văn hóa tổ dân phố sáng đèn. Trên bàn là những chiếc điện thoại "
                "đủ loại, có chiếc màn hình đã nứt. Bà Nguyễn Thị Thoa, 71 tuổi, đang tập chụp ảnh "
                "căn cước để làm thủ tục trực tuyến, anh Quân đứng bên cạnh nhắc từng bước.",
                "Anh Trần Minh Quân là kỹ sư phần mềm, làm việc từ xa cho một công ty ở thành phố "
                "Hồ Chí Minh. Anh bắt đầu dạy từ chuyện trong nhà: mẹ anh suýt chuyển tiền cho kẻ "
                "mạo danh nhân viên ngân hàng. Từ đó anh nghĩ những người cao tuổi khác trong tổ "
                "dân phố cũng cần được chỉ.",
                "Lớp không có giáo trình cố định. Buổi nào học viên mang đến câu hỏi gì thì học "
                "cái đó, từ cách xem hóa đơn tiền điện đến cách chặn cuộc gọi lạ. Đoàn Thanh niên "
                "phường Kon Tum lo phòng học và cử đoàn viên làm trợ giảng.",
                "Tháng 8/2025, anh được Ban Chấp hành Đoàn phường Kon Tum tặng giấy khen. Lớp vẫn "
                "mở vào tối thứ Ba và thứ Năm; đến nay chưa ai đăng ký mà phải chờ sang khóa sau.",
            ],
            "tags": ["bình dân học vụ số", "người cao tuổi", "phòng chống lừa đảo"],
        },
        "how": {
            "hero": "Tài liệu hướng dẫn in chữ to, có ảnh chụp màn hình từng bước.",
            "heading": "Tin nhắn lừa đảo thật làm bài học",
            "more": [
                "Học viên được khuyến khích chụp lại tin nhắn, cuộc gọi đáng ngờ và mang đến lớp. "
                "Anh Quân che thông tin cá nhân rồi chiếu lên màn hình để cả lớp cùng chỉ ra dấu "
                "hiệu lừa đảo: đường dẫn lạ, lời hối thúc, yêu cầu chuyển tiền.",
                "Mỗi học viên có một đoàn viên kèm riêng trong suốt khóa học và lưu số điện thoại "
                "của nhau. Gặp việc khó ở nhà, người cao tuổi gọi cho đoàn viên của mình thay vì "
                "bấm thử.",
            ],
            "facts_title": "Lớp học số của anh Quân",
            "also": ["Bộ phận Một cửa xã Kon Braih"],
            "tags": ["chuyển đổi số", "kỹ năng số"],
        },
    },
    "Mô hình “Thùng rác nhựa đổi cây xanh”": {
        "story": {
            "column": "cuoc-song-muon-mau",
            "since": MERGED,
            "hero": "Người dân mang rác nhựa đến đổi cây giống tại sân nhà văn hóa tổ 5.",
            "body": [
                "Từ bảy giờ sáng, người dân đã xách những túi chai nhựa, vỏ hộp sữa đến sân nhà "
                "văn hóa tổ 5. Đoàn viên cân từng túi, ghi sổ, rồi đưa phiếu đổi cây. Năm "
                "ki-lô-gam đổi được một cây sao đen hoặc một chậu hoa.",
                "Đến chín giờ, sổ đã ghi hơn hai trăm ki-lô-gam. Một cậu bé lớp 4 mang đến cả bao "
                "tải chai nhặt trong một tháng, đổi được hai cây hoa giấy để trồng trước cổng nhà.",
                "Phường Thắng Lợi nay là một phần của phường Kon Tum. Mô hình vẫn giữ tên cũ, do "
                "Đoàn Thanh niên phường Kon Tum tiếp tục phụ trách, và mở thêm hai điểm đổi ở các "
                "tổ dân phố khác.",
                "Những hàng sao đen trồng năm 2023 dọc đường vào khu dân cư nay đã cao quá đầu "
                "người. Trên mỗi gốc cây có tấm biển nhỏ ghi tên gia đình đã đổi cây về trồng.",
            ],
            "tags": ["rác thải nhựa", "trồng cây xanh", "tuổi trẻ"],
        },
        "how": {
            "hero": "Rác nhựa được phân loại trước khi bán cho cơ sở tái chế.",
            "heading": "Giá bán cố định, sổ sách công khai",
            "more": [
                "Rác nhựa sau khi đổi được đoàn viên phân loại: chai nhựa trong, nhựa màu, vỏ hộp "
                "giấy. Phân loại kỹ thì bán được giá cao hơn, và cơ sở tái chế nhận hết, không "
                "phải đưa ra bãi rác.",
                "Sau mỗi đợt đổi cây, đoàn phường công khai số rác thu được, số tiền bán và số cây "
                "đã mua trên trang của đoàn. Phần chênh lệch nhỏ được giữ lại làm quỹ cho đợt "
                "sau.",
                "Đoàn cơ sở nào muốn làm theo nên tìm được nơi thu mua phế liệu ổn định trước khi "
                "phát động, vì rác đã thu mà không bán được thì mô hình sẽ dừng sau vài tháng.",
            ],
            "facts_title": "Hơn một năm đổi rác lấy cây",
            "tags": ["phân loại rác", "công tác đoàn"],
        },
    },
    "Bác sĩ Phạm Đức Long": {
        "story": {
            "column": "song-dep",
            "hero": "Bác sĩ Phạm Đức Long tại khoa Hồi sức của bệnh viện.",
            "body": [
                "Giờ đây, bác sĩ Phạm Đức Long làm việc ở khoa Hồi sức của bệnh viện. Trong ngăn "
                "kéo bàn làm việc, anh vẫn giữ tấm thẻ ra vào khu điều trị dã chiến năm 2021, mép "
                "thẻ đã quăn vì được kẹp trong túi áo bảo hộ suốt năm tháng.",
                "Khi anh nhận nhiệm vụ, con gái anh mới hai tuổi. Hai lần về nhà trong thời gian "
                "ấy, anh đều chỉ đứng ngoài cổng nhìn vào. Anh kể chuyện đó nhẹ nhàng, như kể "
                "chuyện của bất kỳ đồng nghiệp nào trong khu điều trị.",
                "Anh nhấn mạnh kết quả của khu điều trị là công sức của cả ê-kíp gần bốn mươi bác "
                "sĩ, điều dưỡng, nhân viên hậu cần, cùng sự hỗ trợ chuyên môn của tuyến trên. "
                "Những video hướng dẫn tự chăm sóc do ê-kíp quay bằng điện thoại giúp nhiều người "
                "bệnh nhẹ ở nhà bớt hoang mang.",
                "Cuối năm 2021, anh được Ủy ban nhân dân tỉnh Kon Tum tặng Bằng khen trong phong "
                "trào thi đua đặc biệt phòng, chống dịch COVID-19.",
            ],
            "tags": ["thầy thuốc", "COVID-19"],
        },
        "how": {
            "hero": "Bảng theo dõi bệnh nhân ở khu điều trị dã chiến năm 2021.",
            "heading": "Phân tầng ngay từ cửa tiếp nhận",
            "more": [
                "Ở cửa tiếp nhận, bệnh nhân được đo nồng độ ô-xy, hỏi bệnh nền và xếp vào một "
                "trong ba tầng. Mỗi tầng có bảng theo dõi riêng dán ở đầu giường, ai trực cũng đọc "
                "được tình trạng người bệnh mà không cần hỏi lại.",
                "Ê-kíp ghi lại những ca chuyển nặng để tìm dấu hiệu báo trước. Từ đó, khu điều trị "
                "đo ô-xy dày hơn cho người trên sáu mươi tuổi và người có bệnh nền, ngay cả khi "
                "họ chưa có triệu chứng nặng.",
            ],
            "facts_title": "Khu điều trị dã chiến năm 2021",
            "tags": ["kinh nghiệm điều trị", "y tế"],
        },
    },
    "Hội Phụ nữ thôn Đăk Wơk": {
        "story": {
            "column": "nguoi-tot-viec-tot",
            "since": MERGED,
            "hero": "Hội viên chi hội phụ nữ thôn Đăk Wơk góp gạo vào hũ gạo tình thương.",
            "body": [
                "Ở góc bếp nhà chị Y Mai, chi hội trưởng phụ nữ thôn Đăk Wơk, có một chiếc thùng "
                "nhựa lớn dán chữ “Hũ gạo tình thương”. Chiều thứ Bảy, các hội viên mang túi gạo "
                "nhỏ đến đổ vào, chị ghi tên từng người.",
                "Gạo không nhiều, mỗi người một nắm, có tuần được vài ký. Nhưng sau một tháng, "
                "chiếc thùng đủ để trao cho một gia đình có người nằm viện hay một cụ già sống một "
                "mình. Tháng giáp hạt năm 2023, chi hội trao gần một tạ gạo cho năm hộ.",
                "Cũng từ những buổi góp gạo, chị em nói với nhau chuyện con cái. Chi hội biết nhà "
                "nào có con gái mới mười lăm, mười sáu tuổi đang có người hỏi cưới, và tìm đến nói "
                "chuyện trước khi gia đình nhận lễ.",
                "Năm 2023, chi hội được Hội Liên hiệp Phụ nữ huyện Kon Rẫy tặng giấy khen. Thôn "
                "Đăk Wơk nay thuộc xã Đăk Kôi; hũ gạo vẫn đặt ở chỗ cũ.",
            ],
            "also": ["Bác Y Krăh"],
            "tags": ["hũ gạo tình thương", "phụ nữ", "phòng chống tảo hôn"],
        },
        "how": {
            "hero": "Buổi sinh hoạt chi hội phụ nữ thôn Đăk Wơk bằng tiếng Xơ Đăng.",
            "heading": "Người thật, chuyện thật",
            "more": [
                "Chi hội mời những phụ nữ từng lấy chồng sớm kể lại chuyện của mình: bỏ học giữa "
                "chừng, sinh con khi chưa đủ sức khỏe, vợ chồng trẻ không có đất làm ăn. Chuyện "
                "của người trong làng có sức nặng hơn mọi tờ rơi.",
                "Khi biết có gia đình chuẩn bị cho con gái chưa đủ tuổi lấy chồng, chi hội cùng "
                "trưởng thôn và già làng đến nói chuyện. Chị em không đến một lần rồi thôi mà đến "
                "nhiều lần, cho tới khi gia đình đồng ý hoãn.",
            ],
            "facts_title": "Chi hội phụ nữ Đăk Wơk",
            "tags": ["phòng chống tảo hôn", "công tác hội phụ nữ"],
        },
    },
    "Doanh nghiệp tư nhân Sâm Ngọc Linh Hà Mòn": {
        "story": {
            "column": "cuoc-song-muon-mau",
            "hero": "Công nhân xưởng sơ chế cắt lát đảng sâm trước khi sấy.",
            "body": [
                "Xưởng sơ chế của doanh nghiệp nằm cuối một con đường đất đỏ ở xã Đăk Hà. Bên "
                "trong, hơn chục chị em ngồi quanh những nong tre, cắt rễ đảng sâm thành từng lát "
                "mỏng trước khi đưa vào máy sấy.",
                "Giám đốc Lê Văn Khải, kỹ sư nông nghiệp sinh ra ở Hà Mòn, kể năm đầu chỉ thu mua "
                "được vài tạ củ tươi của mấy hộ quen. Doanh nghiệp lỗ hai năm liền vì chưa có đầu "
                "ra ổn định. Bước ngoặt đến khi sản phẩm trà đảng sâm túi lọc đạt chuẩn OCOP 4 "
                "sao, vào được các cửa hàng đặc sản.",
                ("image", "Đảng sâm được phơi trên giàn trước khi đưa vào máy sấy."),
                "Các hộ liên kết trồng đảng sâm, sâm dây dưới tán rừng được giao khoán bảo vệ. Họ "
                "không phát rừng, chỉ dọn cỏ quanh gốc và làm giàn cho dây leo. Ba mươi lăm lao "
                "động ở xưởng phần lớn là phụ nữ trong xã, làm theo ca để còn lo việc nhà.",
                "Tháng 4/2026, doanh nghiệp được Ủy ban nhân dân tỉnh Quảng Ngãi tặng Bằng khen "
                "trong phong trào thi đua phát triển kinh tế tư nhân.",
            ],
            "tags": ["dược liệu", "OCOP", "kinh tế tư nhân"],
        },
        "how": {
            "hero": "Đảng sâm trồng dưới tán rừng của một hộ liên kết.",
            "heading": "Giá sàn ghi trong hợp đồng",
            "more": [
                "Hợp đồng được đọc và giải thích bằng tiếng dân tộc trước khi ký, mỗi hộ giữ một "
                "bản. Giá sàn ghi rõ cho từng loại củ; khi giá thị trường xuống thấp, doanh nghiệp "
                "chịu phần chênh lệch.",
                "Tiền mua củ được chuyển khoản trong vòng ba ngày sau khi cân; hộ chưa có tài "
                "khoản thì nhận tiền mặt tại thôn, có trưởng thôn chứng kiến. Bốn năm qua, doanh "
                "nghiệp chưa chậm hẹn thanh toán lần nào.",
                "Doanh nghiệp cũng cam kết không thu mua dược liệu khai thác từ rừng tự nhiên. Hộ "
                "nào vi phạm sẽ bị chấm dứt hợp đồng, điều này được ghi rõ ngay từ đầu.",
            ],
            "facts_title": "Liên kết trồng dược liệu",
            "tags": ["liên kết sản xuất", "dược liệu dưới tán rừng"],
        },
    },
    "Thầy giáo A Dũng": {
        "story": {
            "column": "song-dep",
            "since": MERGED,
            "hero": "Thầy giáo A Dũng hướng dẫn đội bóng học sinh trên sân đất của trường.",
            "body": [
                "Chiều thứ Tư, sân bóng đất của Trường Trung học cơ sở Đăk Ui rộn tiếng còi. Thầy "
                "A Dũng, giáo viên thể dục người Giẻ Triêng, chạy dọc đường biên nhắc từng cầu thủ "
                "giữ vị trí. Áo đồng phục của đội đã bạc màu, có em đá chân đất.",
                "Năm 2019, khi thầy lập đội bóng, khối 8 của trường có gần mười em nghỉ học giữa "
                "chừng để đi làm thuê mùa cà phê. Thầy đến từng nhà, không nói chuyện học trước mà "
                "rủ các em về đá bóng, với một điều kiện: muốn đá thì phải đến lớp.",
                "Sân bóng do thầy cùng phụ huynh san lấp trong hai mùa hè, cột gôn bằng ống sắt "
                "hàn lại. Đội bóng của trường ba lần mang huy chương về từ giải bóng đá học sinh "
                "cấp tỉnh, chuyện người xã Đăk Ui cũ vẫn còn nhắc.",
                "Hai mươi bảy học sinh từng bỏ học đã quay lại lớp trong ba năm; nhiều em học tiếp "
                "lên trung học phổ thông. Năm 2022, thầy được công nhận danh hiệu Chiến sĩ thi "
                "đua cấp tỉnh.",
            ],
            "tags": ["giáo viên dân tộc thiểu số", "chống bỏ học", "bóng đá học đường"],
        },
        "how": {
            "hero": "Bảng theo dõi chuyên cần của đội bóng học sinh.",
            "heading": "Vắng học thì tuần đó chỉ được đứng xem",
            "more": [
                "Thầy giữ một bảng theo dõi chuyên cần của đội bóng, cập nhật mỗi thứ Sáu cùng "
                "giáo viên chủ nhiệm. Em nào vắng học không lý do thì tuần đó không được ra sân, "
                "nhưng vẫn được đến xem đồng đội tập.",
                "Với những gia đình cần con đi làm thuê, thầy cùng nhà trường đề nghị xã xem xét "
                "hỗ trợ theo chính sách và giới thiệu phụ huynh vay vốn, để các em không phải chọn "
                "giữa lớp học và bữa ăn của gia đình.",
            ],
            "facts_title": "Đội bóng của thầy A Dũng",
            "tags": ["chống bỏ học", "kinh nghiệm giáo dục"],
        },
    },
    "Hộ anh Nguyễn Văn Tình": {
        "story": {
            "column": "chuyen-thuong-ngay",
            "since": MERGED,
            "hero": "Anh Nguyễn Văn Tình kiểm tra đầu tưới nhỏ giọt trong vườn cà phê.",
            "body": [
                "Đang ngồi uống nước ở chợ thị trấn Đăk Hà cũ, anh Nguyễn Văn Tình rút điện thoại, "
                "mở ứng dụng, bấm vài lần. Cách đó ba cây số, máy bơm ở vườn nhà anh bắt đầu "
                "chạy, nước theo đường ống chảy đến từng gốc cà phê.",
                "Hệ thống được lắp năm 2021 bằng tiền anh vay vốn. Năm đầu anh mất ngủ vì khoản "
                "nợ, nhưng sau hai vụ thì thấy rõ: lượng nước giảm khoảng 40%, tiền thuê người "
                "tưới gần như không còn, năng suất tăng.",
                "Người trong thôn đến xem, anh dẫn ra vườn, mở van cho xem từng đoạn ống. Anh "
                "không giấu giá, không giấu chỗ mua, và kể cả những lần hệ thống hỏng vì ống tắc. "
                "Đến nay hai mươi hộ đã lắp tương tự, có hộ làm quy mô nhỏ bằng bộ hẹn giờ đơn "
                "giản.",
                "Năm 2023, hộ anh được Ủy ban nhân dân huyện Đăk Hà tặng giấy khen vì có cách làm "
                "hay trong phát triển kinh tế.",
            ],
            "tags": ["tưới tiết kiệm", "cà phê"],
        },
        "how": {
            "hero": "Bể chứa nước đặt trên gò cao đầu vườn cà phê.",
            "heading": "Vườn nhỏ thì bắt đầu nhỏ",
            "more": [
                "Với vườn dưới một héc-ta, anh Tình khuyên bắt đầu bằng bộ hẹn giờ thay cho điều "
                "khiển qua điện thoại, chi phí thấp hơn nhiều mà vẫn tiết kiệm được nước. Quan "
                "trọng là chia vườn thành nhiều khu để tưới luân phiên.",
                "Phân bón hòa tan chỉ nên dùng loại được khuyến cáo cho tưới nhỏ giọt và lọc kỹ "
                "trước khi đưa vào đường ống. Sau mỗi đợt bón, anh chạy nước sạch thêm mười lăm "
                "phút để súc ống.",
                "Theo anh, hộ chưa đủ vốn có thể góp chung với hàng xóm một bể chứa và máy bơm, "
                "chia lịch tưới theo giờ. Ba hộ trong thôn đã làm theo cách này.",
            ],
            "facts_title": "Tưới nhỏ giọt ở vườn anh Tình",
            "tags": ["tưới nhỏ giọt", "kinh nghiệm sản xuất"],
        },
    },
    "Tổ hòa giải thôn Kon Gộp": {
        "story": {
            "column": "chuyen-thuong-ngay",
            "since": MERGED,
            "hero": "Tổ hòa giải thôn Kon Gộp ngồi cùng hai gia đình có mâu thuẫn.",
            "body": [
                "Vụ việc gần nhất tổ hòa giải thôn Kon Gộp giải quyết là chuyện một đàn bò vào ăn "
                "mấy luống lúa rẫy. Chủ rẫy đòi bồi thường, chủ bò cho rằng rẫy không rào. Sau hai "
                "buổi ngồi lại, hai nhà thống nhất bồi thường bằng thóc và cùng dựng lại hàng "
                "rào.",
                "Tổ trưởng A Hơn năm nay gần bảy mươi tuổi, làm hòa giải viên từ khi Kon Gộp còn "
                "thuộc xã Đăk Tơ Lung. Ông nói, việc nhỏ để lâu thì thành giận, giận lâu thì thành "
                "thù, có khi kéo theo cả hai dòng họ.",
                "Trong năm năm, tổ hòa giải thành 41 vụ. Nhiều nhất là tranh chấp ranh giới rẫy, "
                "vì đất được chia từ thời ông bà, không có giấy tờ rõ ràng. Có những vụ vợ chồng "
                "mâu thuẫn, tổ mời cả cha mẹ hai bên đến nghe.",
                "Thôn Kon Gộp nay thuộc xã Kon Braih. Tổ hòa giải vẫn giữ đủ bảy người, và vừa đề "
                "nghị xã mở lớp tập huấn pháp luật đất đai cho các thành viên.",
            ],
            "tags": ["hòa giải ở cơ sở", "đoàn kết cộng đồng"],
        },
        "how": {
            "hero": "Biên bản hòa giải được đọc lại bằng tiếng Xơ Đăng trước khi ký.",
            "heading": "Gặp riêng trước, gặp chung sau",
            "more": [
                "Bước đầu tiên là nghe. Thành viên tổ đến nhà từng bên, nghe hết câu chuyện, không "
                "ngắt lời, không nhận xét. Bước thứ hai là hỏi người làm chứng và xem thực địa "
                "nếu là tranh chấp đất.",
                "Chỉ khi hai bên đã bớt nóng, tổ mới mời ngồi chung. Thỏa thuận được ghi thành "
                "biên bản ngắn gọn, đọc lại bằng tiếng Xơ Đăng, hai bên ký và mỗi người giữ một "
                "bản.",
                "Tổ không hòa giải những việc thuộc thẩm quyền của cơ quan nhà nước, như vụ có dấu "
                "hiệu tội phạm. Những trường hợp ấy được báo ngay cho công an xã.",
            ],
            "facts_title": "Năm năm hòa giải ở Kon Gộp",
            "also": ["Trung tá Nguyễn Văn Sơn"],
            "tags": ["hòa giải ở cơ sở", "quy trình hòa giải"],
        },
    },
    "Bà Trần Thị Lành": {
        "story": {
            "column": "nguoi-tot-viec-tot",
            "since": MERGED,
            "hero": "Bà Trần Thị Lành múc cháo vào bình giữ nhiệt trước khi chở đến bệnh viện.",
            "body": [
                "Hai nồi nhôm lớn đặt trên bếp củi, mỗi nồi nấu được hơn bảy mươi suất. Bà Trần "
                "Thị Lành khuấy đều tay, thỉnh thoảng nếm thử rồi nêm thêm chút muối. Bên cạnh, "
                "hai người hàng xóm ngồi nhặt hành, thái thịt.",
                "Đúng sáu giờ, cháo được múc vào những bình giữ nhiệt, chở bằng xe máy đến bệnh "
                "viện. Người nhà bệnh nhân xếp hàng ở sân sau, nhiều người từ các xã vùng sâu, ở "
                "lại chăm người thân cả tháng.",
                "Bà Lành năm nay 66 tuổi, bán tạp hóa nhỏ ở phường Trường Chinh cũ. Bà bắt đầu nấu "
                "cháo từ năm 2014, sau một lần chăm chồng nằm viện và thấy nhiều gia đình chỉ dám "
                "ăn mì gói. Mười năm, nhóm chưa nghỉ tuần nào, trừ những tuần bệnh viện hạn chế "
                "người vào trong mùa dịch.",
                "Năm 2024, bà được Ủy ban nhân dân phường Trường Chinh tặng giấy khen. Bà nói, "
                "chừng nào còn đứng bếp được thì nồi cháo thứ Năm vẫn còn.",
            ],
            "tags": ["bếp cháo từ thiện", "bệnh nhân nghèo"],
        },
        "how": {
            "column": "nguoi-tot-viec-tot",
            "hero": "Cuốn sổ thu chi của bếp cháo đặt ngay cạnh bếp.",
            "heading": "Ai góp gì đều được ghi lại",
            "more": [
                "Mỗi khoản góp, dù một ký gạo hay vài chục nghìn đồng, đều được ghi vào cuốn sổ "
                "đặt ở bếp, kèm tên người góp nếu họ đồng ý. Cuối tháng, một thành viên chụp các "
                "trang sổ gửi lên nhóm Zalo của tổ dân phố.",
                "Tiền hỗ trợ viện phí chỉ được chi khi có giấy tờ của bệnh viện và xác nhận của "
                "phòng công tác xã hội. Bà Lành nói, làm việc thiện càng phải rõ ràng, vì người ta "
                "góp là tin mình.",
                "Nhóm còn hỏi ý kiến người nhà bệnh nhân về món cháo, nấu thêm cháo không thịt cho "
                "người ăn chay và cháo loãng cho người mới mổ.",
            ],
            "facts_title": "Bếp cháo của bà Lành",
            "tags": ["minh bạch", "thiện nguyện"],
        },
    },
    "Mô hình “Camera an ninh cộng đồng”": {
        "story": {
            "column": "chuyen-thuong-ngay",
            "since": MERGED,
            "hero": "Camera an ninh do người dân góp tiền lắp tại ngã ba đầu thôn.",
            "body": [
                "Trên cột điện ở ngã ba đầu thôn, chiếc camera nhỏ quay về phía con đường dẫn vào "
                "khu dân cư. Trưởng thôn Võ Văn Lộc nói trước đây ngã ba này là chỗ kẻ gian hay "
                "lượn qua vào ban đêm, nhắm những chiếc xe máy để ngoài sân.",
                "Năm 2023, sau mấy vụ mất trộm liên tiếp, công an thị trấn Đăk Hà họp dân bàn cách "
                "phòng ngừa. Ý kiến lắp camera do chính người dân đưa ra. Mỗi hộ góp từ 50 đến "
                "100 nghìn đồng; hộ khó khăn được miễn.",
                "Sau một năm, số vụ trộm cắp tài sản trên địa bàn giảm hơn một nửa theo thống kê "
                "của công an. Hai vụ trộm xe máy được làm rõ nhờ hình ảnh lưu lại. Người dân còn "
                "dùng camera để tìm trâu bò đi lạc.",
                "Cuối năm 2024, mô hình được Công an huyện Đăk Hà tặng giấy khen. Từ tháng 7/2025, "
                "Công an xã Đăk Hà tiếp tục hướng dẫn mở rộng mô hình ra các thôn thuộc xã Hà Mòn "
                "và Đăk Mar cũ.",
            ],
            "tags": ["an ninh trật tự", "camera cộng đồng"],
        },
        "how": {
            "hero": "Sổ ghi các lần trích xuất hình ảnh camera tại nhà trưởng thôn.",
            "heading": "Ai được xem dữ liệu",
            "more": [
                "Vị trí lắp camera do dân quyết trong cuộc họp thôn, ưu tiên ngã ba, ngã tư và "
                "đường vào khu sản xuất. Camera không quay vào trong nhà, sân nhà hay những nơi "
                "sinh hoạt riêng của người dân.",
                "Đầu ghi hình đặt tại nhà trưởng thôn, có khóa. Mỗi lần trích xuất hình ảnh đều "
                "được ghi vào sổ: ngày, giờ, ai xem, vì vụ việc gì. Sổ này được đọc lại trong buổi "
                "họp thôn cuối năm.",
                "Theo công an xã, người dân cần được giải thích rõ mục đích và quy định bảo vệ dữ "
                "liệu ngay từ buổi họp đầu tiên; khi đã hiểu, bà con góp tiền và giữ gìn camera "
                "như tài sản chung.",
            ],
            "facts_title": "Camera an ninh ở Đăk Hà",
            "tags": ["an ninh cơ sở", "bảo vệ dữ liệu cá nhân"],
        },
    },
    "Hộ ông A Brêu": {
        "story": {
            "column": "song-dep",
            "since": MERGED,
            "hero": "Ông A Brêu bên đàn bò sinh sản của gia đình.",
            "body": [
                "Lá đơn viết tay trên tờ giấy học trò, chữ to, nhiều chỗ gạch xóa. Cán bộ xã Đăk "
                "Kôi cũ vẫn giữ bản chụp: ông A Brêu xin ra khỏi danh sách hộ nghèo vì nhà đã có "
                "đàn bò, đã trả xong nợ, để dành suất hỗ trợ cho hộ khó khăn hơn.",
                "Ông A Brêu năm nay 54 tuổi, người Xơ Đăng. Trước năm 2016, gia đình sống nhờ mấy "
                "sào lúa rẫy và công làm thuê. Khoản vay 50 triệu đồng là số tiền lớn nhất ông "
                "từng cầm, và ông chỉ dám dùng khi đã trồng xong cỏ.",
                "Sau năm năm, từ hai con bò cái, đàn bò của gia đình lên 14 con. Ông bán bò đực, "
                "giữ bò cái sinh sản, trả hết nợ và sửa lại căn nhà gỗ. Phân bò được ủ bón cho nửa "
                "héc-ta cà phê mới trồng.",
                "Đầu năm 2022, gia đình ông được Ủy ban nhân dân xã Đăk Kôi tặng giấy khen. Mấy hộ "
                "hàng xóm đã sang học cách trồng cỏ, làm chuồng; một hộ vừa mua con bò đầu tiên.",
            ],
            "tags": ["tự nguyện thoát nghèo", "chăn nuôi bò"],
        },
        "how": {
            "hero": "Ruộng cỏ voi trên đất dốc cạnh chuồng bò nhà ông A Brêu.",
            "heading": "Có cỏ rồi mới mua bò",
            "more": [
                "Ông chọn cỏ voi vì dễ trồng, chịu được đất dốc và cắt được nhiều lứa. Trước khi "
                "mua bò, ông trồng đủ để mỗi con có cỏ ăn cả mùa khô; phần thừa được ủ chua trong "
                "bao để dự trữ.",
                "Chuồng làm cao ráo, có mái che và rãnh thoát phân ra hố ủ. Bò được tiêm phòng "
                "theo lịch của thú y xã; ông ghi ngày tiêm vào tờ lịch treo ngay cửa chuồng để "
                "không quên.",
                "Ông khuyên hộ mới nuôi nên bắt đầu với một, hai con, học cách chăm bò cho quen "
                "rồi mới mở rộng, tránh vay nhiều khi chưa có kinh nghiệm.",
            ],
            "facts_title": "Đàn bò nhà ông A Brêu",
            "also": ["Hộ ông Đinh Văn Hùng"],
            "tags": ["chăn nuôi", "giảm nghèo bền vững"],
        },
    },
    "Chi bộ thôn 7 xã Đăk Mar": {
        "story": {
            "column": "hoc-tap-va-lam-theo-bac",
            "hero": "Buổi sinh hoạt chi bộ thôn 7 tại nhà văn hóa thôn.",
            "body": [
                "Trong buổi sinh hoạt chi bộ tháng này, đảng viên Nguyễn Văn Dũng báo cáo về hộ "
                "ông A Phiên: hai con bò giống nhận từ chương trình giảm nghèo đã đẻ một bê cái, "
                "con trai lớn đã đi học nghề điện ở trường trung cấp. Chi bộ ghi nhận, rồi chuyển "
                "sang hộ tiếp theo.",
                "Cách làm này bắt đầu từ năm 2018, khi thôn 7 còn 18% hộ nghèo. Bí thư chi bộ Trần "
                "Văn Phúc đề xuất mỗi đảng viên nhận theo dõi một hộ, không phải để cho tiền mà "
                "để cùng hộ đó tính đường làm ăn.",
                "Có hộ đảng viên phải đến cả chục lần mới được mời vào nhà nói chuyện. Có hộ thoát "
                "nghèo rồi lại tái nghèo vì người chồng ốm nặng. Những chuyện ấy đều được đưa ra "
                "chi bộ bàn thẳng thắn, không giấu.",
                "Năm 2022, thôn 7 đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo còn 4%. Chi bộ được Ban "
                "Chấp hành Đảng bộ huyện Đăk Hà tặng giấy khen.",
            ],
            "tags": ["xây dựng Đảng", "giảm nghèo", "làm theo lời Bác"],
        },
        "how": {
            "column": "hoc-tap-va-lam-theo-bac",
            "hero": "Sổ theo dõi hộ khó khăn của đảng viên chi bộ thôn 7.",
            "heading": "Đánh giá bằng con số",
            "more": [
                "Mỗi đảng viên có một trang theo dõi hộ được giúp, ghi thu nhập ước tính, số con "
                "đi học, tình trạng nhà ở. Trang này được cập nhật mỗi quý để chi bộ biết hộ nào "
                "tiến bộ, hộ nào cần thêm trợ giúp.",
                "Khi đánh giá đảng viên cuối năm, chi bộ xem cả kết quả của hộ mà người đó phụ "
                "trách. Việc này không nhằm trách phạt mà để nhắc nhau đi đến cùng với việc đã "
                "nhận.",
            ],
            "facts_title": "Chi bộ thôn 7",
            "tags": ["sinh hoạt chi bộ", "xây dựng Đảng"],
        },
    },
    "Anh Võ Thành Trung": {
        "story": {
            "column": "chuyen-thuong-ngay",
            "hero": "Anh Võ Thành Trung thu âm bản tin song ngữ tại phòng thu của đài truyền thanh "
                    "xã.",
            "body": [
                "Phòng thu của đài truyền thanh xã Ba Tơ chỉ rộng chừng mười mét vuông, tường dán "
                "mút cách âm tự làm. Anh Võ Thành Trung đọc bản tin tiếng Kinh trước, nghỉ vài "
                "phút, rồi đọc bản tiếng Hrê do một cô giáo người Hrê dịch giúp.",
                "Anh về làm việc ở xã từ năm 2024, khi đài còn lưu bản tin trên những chiếc đĩa CD "
                "và ổ cứng cũ. Anh chuyển dần từng bản sang tệp MP3, đặt tên theo ngày, đưa lên "
                "trang thông tin của xã. Người đi làm ăn xa nhắn tin cảm ơn vì nghe được tiếng loa "
                "quê nhà.",
                "Chuyên mục “Người tốt quanh ta” phát vào sáng Chủ nhật, mỗi số kể về một người "
                "trong xã: người nhặt rác bên suối, cô giáo dạy thêm miễn phí, anh thợ sửa xe "
                "không lấy tiền học sinh. Nhiều thôn đề nghị phát lại vào buổi tối.",
                "Tháng 6/2026, anh được Ủy ban nhân dân xã Ba Tơ tặng giấy khen. Anh đang học thêm "
                "cách dựng bản tin ngắn cho mạng xã hội, để người trẻ trong xã cũng nghe.",
            ],
            "tags": ["truyền thanh cơ sở", "song ngữ Kinh - Hrê"],
            "source": "Đài Truyền thanh xã Ba Tơ",
        },
        "how": {
            "column": "chuyen-thuong-ngay",
            "hero": "Cụm loa truyền thanh ở trung tâm xã Ba Tơ.",
            "heading": "Câu ngắn, giờ phát dễ nghe",
            "more": [
                "Bản tin tiếng Kinh được viết bằng câu ngắn, tránh từ Hán Việt khó, để người dịch "
                "chuyển sang tiếng Hrê nhanh và đúng. Những từ mới như “dịch vụ công trực tuyến” "
                "được thống nhất một cách dịch và dùng lại.",
                "Tin quan trọng như lịch tiêm chủng, cảnh báo mưa lũ được phát ba lần: sáng sớm, "
                "trưa và chiều tối, khi bà con ở nhà. Mỗi tệp MP3 đều có kèm bản văn bản để các "
                "thôn in ra đọc lại tại nhà văn hóa.",
            ],
            "facts_title": "Đài truyền thanh xã Ba Tơ",
            "tags": ["truyền thanh cơ sở", "kinh nghiệm làm tin"],
        },
    },
    "Câu lạc bộ cồng chiêng làng Kon Rlong": {
        "story": {
            "column": "cuoc-song-muon-mau",
            "hero": "Nghệ nhân và thiếu niên làng Kon Rlong tập chiêng trong nhà rông.",
            "body": [
                "Tối thứ Sáu, nhà rông làng Kon Rlong đỏ lửa bếp. Nghệ nhân A Kring ngồi giữa, "
                "quanh ông là bảy, tám đứa trẻ, mỗi đứa cầm một chiếc chiêng nhỏ. Ông gõ một nhịp, "
                "bọn trẻ gõ theo; sai thì làm lại, không ai bị mắng.",
                "Bộ chiêng của làng có mười hai chiếc, trong đó ba chiếc đã hơn trăm năm tuổi. Khi "
                "câu lạc bộ thành lập năm 2017, chỉ còn vài người lớn tuổi đánh được trọn bài "
                "chiêng mừng lúa mới. Nay đã có hơn mười thiếu niên thuộc bài ấy.",
                "Câu lạc bộ biểu diễn ở lễ hội của làng, của xã và nhiều lần được mời đến các sự "
                "kiện trong tỉnh. Tiền bồi dưỡng mỗi lần biểu diễn được góp vào quỹ chung để sửa "
                "chiêng và may trang phục cho các em.",
                "Năm 2023, câu lạc bộ được Ủy ban nhân dân tỉnh Kon Tum tặng Bằng khen.",
                ("gallery", "Một buổi truyền dạy chiêng", [
                    "Nghệ nhân A Kring gõ nhịp cho các em nhỏ.",
                    "Bộ chiêng của làng treo trong nhà rông.",
                    "Các thiếu niên tập bài chiêng mừng lúa mới.",
                ]),
            ],
            "also": ["Mô hình “Tủ sách nhà rông”"],
            "tags": ["cồng chiêng", "di sản văn hóa", "nhà rông"],
        },
        "how": {
            "hero": "Bản ghi âm các bài chiêng cổ được lưu trên máy tính của trường.",
            "heading": "Ghi âm để giữ, nhưng dạy bằng tai",
            "more": [
                "Mỗi bài chiêng được ghi âm khi các nghệ nhân đánh trọn, lưu thành tệp có tên bài, "
                "tên người đánh và ngày ghi. Bản ghi không thay cho người dạy mà để các em nghe "
                "lại ở nhà, và để sau này còn có cái đối chiếu.",
                "Trẻ mới vào được giao chiêng có âm dễ nhận, đánh nhịp đơn. Giữ được nhịp rồi các "
                "em mới chuyển sang chiếc khác. Nghệ nhân A Kring nói học chiêng phải học cả "
                "chuyện của bài chiêng, nên buổi nào ông cũng dành lúc để kể.",
            ],
            "facts_title": "Câu lạc bộ cồng chiêng Kon Rlong",
            "tags": ["truyền dạy cồng chiêng", "bảo tồn văn hóa"],
        },
    },
    "Chị Đặng Thị Đào": {
        "story": {
            "column": "chuyen-thuong-ngay",
            "hero": "Chị Đặng Thị Đào tra cứu dữ liệu hộ tịch đã số hóa.",
            "body": [
                "Góc phòng ấy giờ chỉ còn hai chiếc tủ sắt khóa kỹ, sổ gốc được bọc trong túi "
                "chống ẩm. Chị Đặng Thị Đào, công chức văn hóa - xã hội phường Đăk Cấm, gõ tên một "
                "người sinh năm 1992, và chưa đầy một phút đã hiện ra trang sổ khai sinh được "
                "quét lại.",
                "Trước đây, mỗi lần người dân cần bản sao giấy khai sinh cũ, cán bộ phải lật từng "
                "cuốn sổ, có khi mất nửa ngày. Nhiều trang mực đã phai, giấy mủn ở mép. Đầu năm "
                "2025, khi phường Ngô Mây chuẩn bị sắp xếp cùng các đơn vị lân cận thành phường "
                "Đăk Cấm, chị đề xuất số hóa toàn bộ sổ trước khi bàn giao.",
                "Chị cùng hai đồng nghiệp làm ngoài giờ suốt tám tháng. Mỗi trang được chụp, nhập "
                "thông tin chính và đối chiếu lại. Những trang mờ được đánh dấu để kiểm tra với "
                "bản gốc, không đoán chữ.",
                "Tháng 11/2025, chị được Sở Nội vụ tỉnh Quảng Ngãi tặng giấy khen; cách làm được "
                "giới thiệu cho các xã, phường khác trong tỉnh.",
            ],
            "also": ["Bộ phận Một cửa xã Kon Braih"],
            "tags": ["hộ tịch", "số hóa", "cải cách hành chính"],
        },
        "how": {
            "hero": "Sổ hộ tịch cũ được chụp trên bàn có đèn chiếu xiên.",
            "heading": "Sổ cũ nhất làm trước",
            "more": [
                "Trước khi chụp, các cuốn sổ được xếp theo năm và theo loại: khai sinh, kết hôn, "
                "khai tử. Sổ nào giấy đã mủn được làm trước, chụp trên bàn phẳng có đèn chiếu xiên "
                "để rõ nét mực phai.",
                "Dữ liệu nhập được đối chiếu chéo: người này nhập thì người kia kiểm. Tỷ lệ sai "
                "sót được ghi lại mỗi tuần; khi thấy tăng, cả nhóm dừng lại tìm nguyên nhân rồi "
                "mới làm tiếp.",
                "Sổ gốc sau khi số hóa vẫn được lưu giữ theo quy định. Dữ liệu điện tử dùng để tra "
                "cứu nhanh; bản sao cấp cho người dân vẫn được đối chiếu với sổ gốc.",
            ],
            "facts_title": "Số hóa sổ hộ tịch",
            "tags": ["số hóa dữ liệu", "sáng kiến"],
        },
    },
    "Mô hình “Bếp ăn bán trú do phụ huynh cùng làm”": {
        "story": {
            "column": "cuoc-song-muon-mau",
            "hero": "Phụ huynh làng Kon Rlong nấu bữa trưa cho học sinh bán trú.",
            "body": [
                "Mười giờ sáng, bếp ăn của Trường Phổ thông Dân tộc bán trú Tiểu học Đăk Kôi bốc "
                "khói. Hôm nay đến lượt phụ huynh làng Kon Rlong: hai bà mẹ thái rau, một ông bố "
                "canh nồi cơm lớn. Thực đơn trên bảng ghi: cơm, thịt kho trứng, canh bí đỏ.",
                "Trước khi có bếp, học sinh ở làng xa phải đi bộ về nhà ăn trưa rồi quay lại, "
                "nhiều em bỏ buổi chiều. Nhà trường không đủ kinh phí thuê người nấu, nên trong "
                "cuộc họp phụ huynh năm 2021, một người cha đề nghị các gia đình thay phiên.",
                "Rau xanh phần lớn do các gia đình mang đến, mỗi làng một loại theo mùa. Củi do "
                "học sinh lớp lớn và phụ huynh cùng gom vào cuối tuần. Tiền ăn từ chế độ hỗ trợ "
                "học sinh bán trú được dùng mua thịt, cá, trứng, công khai từng tuần.",
                "Từ khi có bếp, 186 học sinh ở lại trường buổi trưa, tỷ lệ chuyên cần tăng lên "
                "99%. Năm 2023, mô hình được Phòng Giáo dục và Đào tạo huyện Kon Rẫy tặng giấy "
                "khen.",
            ],
            "also": ["Mô hình “Tủ sách nhà rông”"],
            "tags": ["bán trú", "dinh dưỡng học đường", "phụ huynh"],
        },
        "how": {
            "hero": "Bảng thực đơn tuần treo ở cửa bếp ăn bán trú.",
            "heading": "Lịch trực theo làng",
            "more": [
                "Lịch trực bếp được lập theo làng cho cả học kỳ và gửi trưởng thôn từ đầu năm học. "
                "Làng nào đến lượt mà có việc đột xuất thì tự đổi với làng khác và báo nhà trường "
                "trước một ngày.",
                "Giáo viên trực kiểm tra thực phẩm lúc nhận và lưu mẫu thức ăn mỗi bữa theo quy "
                "định. Cuối tuần, bảng thực đơn và số tiền đã chi được chụp gửi nhóm Zalo phụ "
                "huynh.",
                "Nhà trường cho rằng điều quan trọng là phụ huynh được cùng quyết định: thực đơn, "
                "lịch trực, cách chi tiêu đều bàn trong họp phụ huynh, nên không ai thấy bị ép.",
            ],
            "facts_title": "Bếp ăn bán trú ở Đăk Kôi",
            "tags": ["bán trú", "an toàn thực phẩm"],
        },
    },
    "Ông Hồ Văn Phước": {
        "story": {
            "column": "nguoi-tot-viec-tot",
            "hero": "Học sinh đi qua cầu bê tông bắc qua suối Đăk Sia.",
            "body": [
                "Cây cầu bê tông bắc qua suối Đăk Sia dài 24 mét, đủ rộng cho một chiếc máy cày "
                "nhỏ. Ở đầu cầu có tấm bia ghi tên những người đóng góp; tên ông Hồ Văn Phước nằm "
                "giữa danh sách, không in to hơn ai.",
                "Ông Phước năm nay 68 tuổi, cựu chiến binh, về Tân Lập làm kinh tế từ những năm "
                "1990. Mùa mưa năm 2022, ông chứng kiến một học sinh lớp 6 trượt chân khi lội qua "
                "suối; may có người lớn kéo lên kịp.",
                ("image", "Đường dẫn lên cầu làm trên phần đất ông Phước hiến."),
                "Ông hiến phần đất vườn làm đường dẫn lên cầu, góp toàn bộ 120 triệu đồng tiền "
                "tiết kiệm, rồi cùng trưởng thôn đi vận động thêm. Người góp tiền, người góp công, "
                "người góp cát sỏi. Xã hỗ trợ khảo sát, thiết kế để cầu bảo đảm an toàn.",
                "Cầu hoàn thành trước năm học 2024 - 2025. Tháng 10/2024, ông được Ủy ban nhân dân "
                "tỉnh Kon Tum tặng Bằng khen. Mùa mưa vừa rồi, không học sinh nào trong thôn phải "
                "nghỉ học vì nước suối.",
            ],
            "quote_at": 2,
            "tags": ["cầu dân sinh", "cựu chiến binh", "hiến đất"],
        },
        "how": {
            "hero": "Bia ghi tên người đóng góp ở đầu cầu suối Đăk Sia.",
            "heading": "Sổ ghi từng khoản, bảng ghi từng tuần",
            "more": [
                "Ban vận động mở một cuốn sổ ghi từng khoản nhận được, dù là vài trăm nghìn đồng "
                "hay một xe cát. Mỗi tuần, tổng số đã nhận và đã chi được viết lên bảng ở nhà văn "
                "hóa thôn.",
                "Khi cầu xong, ban vận động quyết toán công khai trước dân; số tiền dư nhỏ được "
                "dùng làm lan can phụ và biển báo tải trọng. Tên người góp được khắc lên bia theo "
                "thứ tự chữ cái, không theo số tiền.",
                "Cách làm này đang được xã Kon Braih giới thiệu cho các thôn có nhu cầu làm cầu, "
                "đường dân sinh.",
            ],
            "facts_title": "Cầu qua suối Đăk Sia",
            "tags": ["xã hội hóa", "cầu dân sinh"],
        },
    },
    "Hợp tác xã Dệt thổ cẩm Kon Klor": {
        "story": {
            "column": "cuoc-song-muon-mau",
            "hero": "Vải thổ cẩm nhuộm màu tự nhiên phơi ở sân Hợp tác xã Dệt thổ cẩm Kon Klor.",
            "body": [
                "Sân hợp tác xã ở làng Kon Klor bên sông Đăk Bla thường có vài chục tấm vải phơi "
                "trên sào tre: những tấm vừa nhuộm chàm, những tấm nhuộm vỏ cây màu nâu đỏ. Giám "
                "đốc Y Rơ đi dọc hàng vải, sờ từng tấm xem màu đã ăn đều chưa.",
                "Hợp tác xã thành lập năm 2019, ban đầu chỉ có mười hai người dệt. Chị em dệt tại "
                "nhà, lúc nông nhàn dệt nhiều, mùa rẫy dệt ít. Hợp tác xã nhận sợi, giao mẫu, kiểm "
                "tra sản phẩm và lo khâu bán.",
                "Đơn hàng châu Âu đầu tiên chỉ vài trăm chiếc khăn nhưng yêu cầu khắt khe: màu "
                "phải bền, kích thước chênh lệch không quá một xăng-ti-mét. Chị em mất gần nửa năm "
                "để quen với cách đo, cách ghi mã màu mới.",
                "Tháng 9/2025, hợp tác xã được Thủ tướng Chính phủ tặng Bằng khen. Thu nhập bình "
                "quân của thành viên hiện khoảng 4,5 triệu đồng mỗi tháng, với nhiều người là "
                "khoản thu ổn định đầu tiên.",
            ],
            "also": ["Hộ bà Y Nhi"],
            "tags": ["thổ cẩm", "Ba Na", "xuất khẩu"],
            "source": "Trang thông tin điện tử phường Kon Tum",
        },
        "how": {
            "hero": "Thước đo và bảng màu mẫu phát cho thành viên hợp tác xã.",
            "heading": "Chuẩn hóa kích thước, giữ nguyên hoa văn",
            "more": [
                "Mỗi người dệt được phát thước đo và bảng màu mẫu. Sản phẩm được kiểm tra tại hợp "
                "tác xã trước khi nhận; chiếc nào chưa đạt được trả lại kèm ghi chú cụ thể để sửa, "
                "lần đầu không trừ tiền.",
                "Hoa văn truyền thống không bị thay đổi theo ý khách. Khi khách đề nghị mẫu mới, "
                "hợp tác xã hỏi ý kiến các nghệ nhân lớn tuổi trước, và chỉ nhận những mẫu không "
                "làm sai ý nghĩa hoa văn.",
            ],
            "facts_title": "Hợp tác xã Kon Klor",
            "tags": ["thổ cẩm", "kinh nghiệm hợp tác xã"],
            "extra": [("video", "https://www.youtube.com/watch?v=GuongSang02",
                       "Một ngày ở Hợp tác xã Dệt thổ cẩm Kon Klor",
                       "Video giới thiệu do hợp tác xã thực hiện.", "5:12")],
        },
    },
    "Chị Y Lan": {
        "story": {
            "column": "hoc-tap-va-lam-theo-bac",
            "hero": "Chị Y Lan (đứng) dạy lớp học hè miễn phí dưới tán cây trước nhà văn hóa thôn.",
            "body": [
                "Tám giờ sáng, dưới tán cây muồng trước nhà văn hóa thôn Kon Rbàng, sáu chiếc bàn "
                "gỗ ghép thành hai dãy. Chị Y Lan viết lên tấm bảng treo trên thân cây mấy phép "
                "tính, các em nhỏ chụm đầu vào vở. Phía sau, hai đoàn viên giúp nhóm lớp một tập "
                "đánh vần.",
                "Chị tốt nghiệp cao đẳng sư phạm năm 2020, chưa xin được việc ở trường, về làng "
                "vừa làm rẫy vừa dạy kèm. Hè năm 2021, thấy nhiều em quên gần hết chữ sau ba tháng "
                "nghỉ, chị rủ đoàn viên mở lớp. Lớp đầu tiên có hai mươi em, hè năm sau đã lên "
                "sáu mươi.",
                "Ngoài giờ học chữ, lớp có buổi tập bơi ở hồ nước của thôn, có người lớn và hội "
                "chữ thập đỏ xã giám sát. Mùa hè năm nào trong vùng cũng có tin trẻ đuối nước, nên "
                "phụ huynh rất ủng hộ phần học này.",
                "Năm 2023, chị được Ban Chấp hành Huyện Đoàn Kon Rẫy tặng giấy khen. Chị nói, với "
                "người trẻ ở làng, làm theo lời Bác là làm những việc cụ thể, có ích cho làng "
                "mình.",
            ],
            "also": ["Chi đoàn thôn Kon Rbàng"],
            "tags": ["thanh niên", "lớp học hè", "phòng chống đuối nước"],
        },
        "how": {
            "hero": "Buổi học bơi có người lớn giám sát ở hồ nước của thôn.",
            "heading": "Mỗi đoàn viên một buổi",
            "more": [
                "Đầu hè, chi đoàn họp chia lịch: mỗi đoàn viên nhận dạy một buổi mỗi tuần theo môn "
                "mình chắc nhất. Người học kế toán dạy toán, người giỏi tiếng Việt dạy đọc, chị Y "
                "Lan lo phần kiểm tra cuối tuần.",
                "Giáo viên chủ nhiệm ở trường gửi danh sách những em cần ôn thêm, để lớp học hè "
                "không dạy trùng mà tập trung vào chỗ các em còn yếu. Cuối hè, chi đoàn gửi lại "
                "nhận xét cho nhà trường.",
                "Chi phí cả mùa hè chủ yếu là giấy bút và nước uống, do chi đoàn vận động. Chị Y "
                "Lan nói điều khó nhất không phải tiền mà là giữ đoàn viên đi dạy đều từ đầu đến "
                "cuối hè.",
            ],
            "facts_title": "Lớp học hè của chi đoàn",
            "tags": ["lớp học hè", "công tác đoàn"],
        },
    },
    "Hộ bà Nguyễn Thị Sen": {
        "story": {
            "column": "song-dep",
            "hero": "Bữa cơm tối của bốn thế hệ trong gia đình bà Nguyễn Thị Sen.",
            "body": [
                "Bữa cơm tối nhà bà Nguyễn Thị Sen dọn trên hai chiếc mâm ghép lại. Cụ bà 92 tuổi, "
                "mẹ chồng bà Sen, ngồi đầu mâm; chắt nhỏ nhất được mẹ đút từng thìa. Trên tường, "
                "dãy giấy chứng nhận Gia đình văn hóa xếp thẳng hàng, tờ cũ nhất đã ngả màu.",
                "Bà Sen từng là công nhân may, nghỉ hưu đã hơn mười năm. Chồng mất sớm, một mình "
                "bà nuôi sáu người con ăn học. Hai người con nay là giáo viên ở các xã vùng sâu, "
                "cuối tuần mới về; những người còn lại sống cùng bà hoặc ở gần.",
                "Trong nhà ít khi có chuyện lớn tiếng. Có gì không vừa ý, cả nhà để đến bữa tối "
                "nói ra. Bà Sen bảo, người già phải nghe người trẻ, chứ không chỉ bắt người trẻ "
                "nghe mình.",
                "Năm 2022, gia đình bà được Ủy ban nhân dân tỉnh Kon Tum tặng Bằng khen vì thành "
                "tích xây dựng gia đình văn hóa.",
            ],
            "tags": ["gia đình văn hóa", "nếp nhà"],
        },
        "how": {
            "column": "song-dep",
            "hero": "Bảng phân việc nhà dán trong bếp nhà bà Sen.",
            "heading": "Việc nhà chia đều cho cả con trai",
            "more": [
                "Mỗi tuần, bảng phân việc dán ở bếp ghi tên người nấu cơm, rửa bát, quét nhà; con "
                "trai và con gái, cháu trai và cháu gái đều có tên như nhau. Người lớn tuổi nhất "
                "được miễn, nhưng cụ vẫn thích ngồi nhặt rau cùng các cháu.",
                "Con cháu đi học xa hay đi làm, tối Chủ nhật cả nhà gọi video chung. Những dịp giỗ "
                "chạp, bà Sen giao cho các cháu lớn chuẩn bị, để chúng biết việc và nhớ tên ông "
                "bà.",
            ],
            "facts_title": "Gia đình bà Sen",
            "tags": ["gia đình văn hóa", "giáo dục con cháu"],
        },
    },
    "Ngân hàng Chính sách xã hội - Điểm giao dịch xã Đăk Pxi": {
        "story": {
            "column": "chuyen-thuong-ngay",
            "since": MERGED,
            "hero": "Người dân giao dịch tại điểm giao dịch xã của Ngân hàng Chính sách xã hội.",
            "body": [
                "Bảy giờ sáng ngày 12, tổ giao dịch của Ngân hàng Chính sách xã hội đã kê xong "
                "bàn, mở máy tính, dán bảng niêm yết ở cửa hội trường. Người dân các thôn đến theo "
                "khung giờ đã thông báo, mỗi thôn một khung, nên sân không bao giờ chật.",
                "Tổ trưởng giao dịch Lê Thị Hoa làm việc ở điểm này gần mười năm. Chị nhớ những "
                "ngày người dân phải đi gần ba mươi cây số lên huyện, mất trọn một ngày công chỉ "
                "để nộp vài trăm nghìn tiền lãi.",
                "Ở điểm giao dịch, người vay có thể trả lãi, gửi tiết kiệm, nhận tiền vay mới, hỏi "
                "về các chương trình cho vay. Cán bộ hội đoàn thể nhận ủy thác ngồi cùng bàn, "
                "giải thích bằng tiếng dân tộc khi cần.",
                "Cuối năm 2024, điểm giao dịch được Ngân hàng Chính sách xã hội huyện Đăk Hà tặng "
                "giấy khen. Sau sắp xếp, điểm giao dịch vẫn đặt tại trụ sở xã Đăk Pxi, phục vụ "
                "thêm các thôn của xã Đăk Ui cũ.",
            ],
            "also": ["Chị Y Blin"],
            "tags": ["tín dụng chính sách", "ngân hàng"],
        },
        "how": {
            "hero": "Bảng niêm yết công khai tại điểm giao dịch xã.",
            "heading": "Khung giờ theo thôn",
            "more": [
                "Hai ngày trước phiên giao dịch, lịch được phát trên loa truyền thanh xã và gửi "
                "trưởng thôn. Mỗi thôn có một khung giờ riêng; tổ tiết kiệm và vay vốn của thôn "
                "nhắc các hộ đến đúng giờ.",
                "Hồ sơ vay mới được tổ vay vốn hướng dẫn hoàn thiện từ trước, nên tại điểm giao "
                "dịch cán bộ chỉ kiểm tra và nhận. Nhờ vậy thời gian giải ngân rút xuống còn năm "
                "ngày làm việc.",
                "Những hộ không thể đến vì già yếu, ốm đau được tổ trưởng tổ vay vốn báo trước; "
                "cán bộ ngân hàng hướng dẫn cách ủy quyền đúng quy định.",
            ],
            "facts_title": "Điểm giao dịch xã Đăk Pxi",
            "tags": ["ngân hàng chính sách", "phục vụ tại xã"],
        },
    },
    "Ông Lương Văn Thái": {
        "story": {
            "column": "nguoi-tot-viec-tot",
            "since": MERGED,
            "hero": "Ông Lương Văn Thái bên chiếc xe tải nhỏ từng chở nông sản mùa dịch.",
            "body": [
                "Chiếc xe tải 1,5 tấn của ông Lương Văn Thái giờ đã cũ, thùng xe sơn lại hai lần. "
                "Ông vẫn dùng nó chở hàng cho hợp tác xã mỗi tuần, và vẫn giữ tờ giấy xác nhận của "
                "xã Đăk Ruồng năm 2021 kẹp trong hộc xe.",
                "Mùa dịch năm ấy, nhiều tuyến đường bị kiểm soát, thương lái không vào được thôn. "
                "Bí, bắp, rau của bà con chín rộ mà không ai mua. Ông Thái đề nghị xã cho ông chở "
                "hàng ra điểm thu mua, không lấy tiền công, chỉ xin giấy tờ để qua chốt.",
                ("image", "Bí và bắp của bà con được gom về sân nhà văn hóa chờ xe chở đi."),
                "Ba tháng, xe chạy gần như mỗi ngày. Có chuyến ông chở bí ra tận điểm thu mua ở "
                "thành phố, quay về lúc nửa đêm. Năm tấn rau được ông và bà con trong thôn gửi "
                "tặng các khu cách ly tập trung.",
                "Cuối năm 2021, ông được Ủy ban nhân dân xã Đăk Ruồng tặng giấy khen. Đăk Ruồng "
                "nay là một phần của xã Đăk Rve; ông vẫn chở hàng cho bà con với giá chỉ đủ tiền "
                "xăng.",
            ],
            "also": ["Hợp tác xã Nông nghiệp Đăk Rve"],
            "tags": ["COVID-19", "tiêu thụ nông sản", "tương thân tương ái"],
        },
        "how": {
            "hero": "Nông sản được cân và ghi sổ tại sân nhà văn hóa thôn.",
            "heading": "Cân tại thôn, trả tiền trong ngày",
            "more": [
                "Trước mỗi chuyến, trưởng thôn báo cho các hộ gom hàng về sân nhà văn hóa. Ông "
                "Thái cùng trưởng thôn cân, ghi sổ từng hộ, chụp ảnh trang sổ gửi lại cho bà con.",
                "Tiền bán được chia theo sổ và trả ngay chiều hôm đó, người nhận ký tên. Nhờ sổ "
                "sách rõ ràng, suốt ba tháng không có thắc mắc nào về cân đong hay tiền hàng.",
                "Ông Thái nói lúc ấy chỉ cần một người dám nhận việc chở hàng; khi sổ sách đã rõ "
                "ràng, bà con tin và việc cứ thế chạy.",
            ],
            "facts_title": "Ba tháng mùa dịch",
            "tags": ["tiêu thụ nông sản", "COVID-19"],
        },
    },
    "Mô hình “Dân vận khéo” trong giải phóng mặt bằng": {
        "story": {
            "column": "hoc-tap-va-lam-theo-bac",
            "since": MERGED,
            "hero": "Tổ công tác dân vận trao đổi với người dân về phương án bồi thường.",
            "body": [
                "Tuyến đường tránh dài 6,2 km đi qua ba phường của thành phố Kon Tum cũ, chạm đến "
                "đất ở, đất vườn của gần 200 hộ. Trước khi có quyết định thu hồi đất, tổ công tác "
                "dân vận đã đến từng nhà, mang theo bản đồ và phương án bồi thường dự kiến.",
                "Ông Phạm Văn Cường, trưởng ban dân vận, kể có hộ đến lần thứ năm mới chịu ngồi "
                "xuống nói chuyện. Gia đình ấy lo mất chỗ buôn bán; tổ công tác cùng phường tìm "
                "một lô đất tái định cư gần chợ, đúng quy định.",
                "Mọi số liệu đo đạc, đơn giá bồi thường được niêm yết tại nhà văn hóa tổ dân phố. "
                "Hộ nào thắc mắc được đối thoại trực tiếp với lãnh đạo thành phố, có biên bản. Có "
                "trường hợp đo sai diện tích, tổ công tác đo lại và điều chỉnh công khai.",
                "Mặt bằng được bàn giao đúng tiến độ. Năm 2023, mô hình được Ủy ban nhân dân tỉnh "
                "Kon Tum tặng Bằng khen.",
            ],
            "tags": ["dân vận khéo", "giải phóng mặt bằng"],
        },
        "how": {
            "column": "hoc-tap-va-lam-theo-bac",
            "hero": "Phương án bồi thường được niêm yết tại nhà văn hóa tổ dân phố.",
            "heading": "Hẹn ngày trả lời và giữ đúng hẹn",
            "more": [
                "Tổ công tác gồm cán bộ địa chính để trả lời về đất, cán bộ mặt trận để lắng nghe, "
                "và tổ trưởng dân phố là người dân tin. Mỗi lần gặp đều có ghi chép ý kiến của hộ "
                "dân và câu trả lời của tổ.",
                "Những ý kiến chưa trả lời được ngay được chuyển lên thành phố bằng văn bản và hẹn "
                "ngày phản hồi. Đến hẹn mà chưa có câu trả lời, tổ vẫn đến báo cho dân biết đang "
                "vướng ở đâu.",
            ],
            "facts_title": "Đường tránh 6,2 km",
            "tags": ["dân vận", "đối thoại với dân"],
        },
    },
    "Bác Y Krăh": {
        "story": {
            "column": "song-dep",
            "since": MERGED,
            "hero": "Bác Y Krăh trò chuyện với người dân làng Kon Luông tại nhà rông.",
            "body": [
                "Năm 2020, khi chồng mất, bác Y Krăh quyết định tổ chức tang lễ trong hai ngày, "
                "không mổ trâu, không chia tài sản theo người chết như tục cũ. Nhiều người trong "
                "làng ngạc nhiên; có người không bằng lòng. Bác giải thích với từng người, bằng "
                "những lời rất mộc.",
                "Bác là người có uy tín của làng Kon Luông, từng làm chi hội trưởng phụ nữ nhiều "
                "năm. Bác nhớ những gia đình phải bán rẫy, vay nợ để lo đám, rồi mấy năm sau con "
                "cái vẫn khổ vì món nợ ấy.",
                "Sau đám tang của chồng bác, có thêm gia đình làm theo, rồi làng đưa quy định tổ "
                "chức tang lễ gọn nhẹ vào hương ước. Đến nay 17 hộ đã thực hiện. Những nghi lễ có "
                "ý nghĩa tâm linh với người Xơ Đăng vẫn được giữ, chỉ bỏ phần tốn kém.",
                "Năm 2022, bác được Ủy ban nhân dân xã Đăk Pne tặng giấy khen. Làng Kon Luông nay "
                "thuộc xã Đăk Kôi.",
            ],
            "tags": ["người có uy tín", "nếp sống văn minh", "tang lễ"],
        },
        "how": {
            "hero": "Hương ước làng Kon Luông được sửa đổi, dán tại nhà rông.",
            "heading": "Giữ nghi lễ, bỏ phần tốn kém",
            "more": [
                "Làng ngồi lại ở nhà rông bàn từng việc: nghi lễ nào giữ, việc gì bỏ, thời gian "
                "quàn người mất trong nhà tối đa bao lâu. Những điều thống nhất được ghi vào hương "
                "ước và biểu quyết công khai.",
                "Khi trong làng có người mất, bác Y Krăh cùng trưởng thôn đến sớm chia buồn và bàn "
                "với gia đình. Các đoàn thể góp gạo, góp công, để gia đình không phải lo đãi "
                "khách.",
                "Theo bác, thay đổi tập tục không thể bằng mệnh lệnh. Người có uy tín phải làm "
                "trước trong chính gia đình mình, rồi kiên nhẫn chờ người khác thấy được cái lợi.",
            ],
            "facts_title": "Làng Kon Luông đổi mới tang lễ",
            "also": ["Hội Phụ nữ thôn Đăk Wơk"],
            "tags": ["hương ước", "nếp sống văn minh"],
        },
    },
    "Trường Trung học cơ sở Lê Lợi": {
        "story": {
            "column": "hoc-tap-va-lam-theo-bac",
            "hero": "Giáo viên Trường THCS Lê Lợi xây dựng bài giảng cho kho học liệu số.",
            "body": [
                "Trong phòng tổ bộ môn của Trường Trung học cơ sở Lê Lợi, màn hình máy tính hiện "
                "danh mục kho học liệu: hơn một nghìn hai trăm tài liệu xếp theo lớp, theo môn. "
                "Mỗi tài liệu ghi tên người soạn và tổ chuyên môn đã thẩm định.",
                "Việc xây dựng kho bắt đầu năm 2022, khi nhiều giáo viên trẻ ở các trường xa trung "
                "tâm than khó tìm bài giảng, video thí nghiệm phù hợp với học sinh của mình. "
                "Trường Lê Lợi đề nghị chia sẻ miễn phí những gì đã có, rồi làm thêm.",
                "Cùng thời gian ấy, học sinh của trường có hai đề tài đoạt giải ở cuộc thi khoa "
                "học kỹ thuật cấp quốc gia. Một trong hai là thiết bị cảnh báo nước dâng cho các "
                "bến sông, dùng cảm biến giá rẻ và còi báo, đã được lắp thử ở một bến đò.",
                ("image", "Thiết bị cảnh báo nước dâng do học sinh Trường Lê Lợi chế tạo, lắp thử "
                          "ở bến đò."),
                "Năm 2024, tập thể nhà trường được Thủ tướng Chính phủ tặng Bằng khen. Thầy hiệu "
                "trưởng Nguyễn Văn Hòa nói điều trường mong nhất là nghe giáo viên các trường khác "
                "góp ý để kho học liệu tốt hơn.",
            ],
            "tags": ["học liệu số", "khoa học kỹ thuật", "Dạy tốt - Học tốt"],
        },
        "how": {
            "hero": "Danh mục kho học liệu số xếp theo lớp và môn học.",
            "heading": "Tổ chuyên môn thẩm định trước",
            "more": [
                "Mỗi tài liệu gửi lên được tổ chuyên môn đọc, góp ý, và chỉ đưa vào kho khi đã sửa "
                "xong. Tài liệu có dấu hiệu sao chép mà không ghi nguồn bị trả lại ngay.",
                "Giáo viên các trường dùng kho được mời góp ý qua một biểu mẫu trực tuyến. Mỗi học "
                "kỳ, nhà trường tổng hợp góp ý và cập nhật lại những bài được phản ánh nhiều "
                "nhất.",
                "Nhà trường đề nghị các trường trong vùng cùng xây kho theo cách này, mỗi trường "
                "nhận một vài môn, thay vì mỗi nơi tự làm lại từ đầu.",
            ],
            "facts_title": "Kho học liệu số Trường Lê Lợi",
            "tags": ["học liệu số", "kinh nghiệm nhà trường"],
        },
    },
    "Anh Nguyễn Hữu Nghĩa": {
        "story": {
            "column": "cuoc-song-muon-mau",
            "since": MERGED,
            "hero": "Anh Nguyễn Hữu Nghĩa lắp ráp máy tách vỏ cà phê trong xưởng nhỏ sau vườn.",
            "body": [
                "Xưởng của anh Nguyễn Hữu Nghĩa là một gian nhà tôn sau vườn, sàn đầy mạt sắt. "
                "Trên bàn có động cơ xe máy đã tháo vỏ, mấy tấm thép đục lỗ và một cuốn sổ bìa "
                "cứng ghi chằng chịt số liệu.",
                "Anh học hết lớp 9, làm nghề sửa xe trước khi về trồng cà phê ở thị trấn Đăk Rve "
                "cũ. Mùa thu hoạch năm 2019, thấy vợ và hàng xóm ngồi tách vỏ bằng tay đến khuya, "
                "anh bắt đầu mày mò. Hai chiếc máy đầu tiên hỏng sau vài tuần; chiếc thứ ba chạy "
                "ổn định.",
                "Máy tách được khoảng 300 ki-lô-gam quả tươi mỗi giờ, giá chỉ bằng một phần ba máy "
                "cùng loại trên thị trường. Anh bán cho bà con gần như theo giá vật tư cộng tiền "
                "công, và sửa miễn phí trong năm đầu.",
                "Năm 2022, sáng kiến của anh được công nhận cấp huyện; anh được Ủy ban nhân dân "
                "huyện Kon Rẫy tặng giấy khen. Anh đang thử làm máy sàng phân loại quả, vẫn bằng "
                "những vật liệu dễ tìm.",
            ],
            "also": ["Hợp tác xã Nông nghiệp Đăk Rve"],
            "tags": ["sáng kiến", "máy nông nghiệp", "cà phê"],
        },
        "how": {
            "hero": "Cuốn sổ ghi chép những lần thử máy của anh Nghĩa.",
            "heading": "Cuốn sổ của những lần hỏng",
            "more": [
                "Trang đầu cuốn sổ ghi lần thử thứ nhất: trục bị cong sau hai giờ chạy. Những "
                "trang sau ghi tốc độ quay, khe hở giữa các trục, lượng quả bị dập. Nhờ các con số "
                "ấy, anh biết phải sửa chỗ nào thay vì làm lại từ đầu.",
                "Khi giao máy, anh hướng dẫn người mua tra dầu, chỉnh khe trục và vệ sinh sau mỗi "
                "ngày chạy. Anh dặn kỹ những việc không được làm, như cho tay vào máng khi máy "
                "đang chạy, và dán nhãn cảnh báo ngay trên máy.",
            ],
            "facts_title": "Máy tách vỏ cà phê của anh Nghĩa",
            "tags": ["sáng kiến", "an toàn lao động"],
        },
    },
    "Đội tình nguyện sơ cứu giao thông phường Đăk Cấm": {
        "story": {
            "column": "nguoi-tot-viec-tot",
            "hero": "Thành viên đội tình nguyện sơ cứu giao thông phường Đăk Cấm ôn tập kỹ năng "
                    "cầm máu.",
            "body": [
                "Gần mười một giờ đêm, điện thoại của đội trưởng Ngô Văn Tư đổ chuông: một xe máy "
                "va vào dải phân cách trên quốc lộ, đoạn gần cầu. Ông Tư gọi ngay cho thành viên ở "
                "gần nhất là anh Phan Văn Lực, thợ sửa xe. Anh Lực có mặt sau bốn phút.",
                "Người bị nạn chảy máu ở chân, tỉnh nhưng hoảng loạn. Anh Lực cầm máu bằng băng "
                "ép, giữ người bị nạn nằm yên, nói chuyện cho họ bình tĩnh, trong khi một người "
                "dân gọi cấp cứu 115. Mười lăm phút sau, xe cấp cứu đến.",
                "Đội có mười hai người, ai cũng có công việc riêng. Họ không thay nhân viên y tế "
                "mà chỉ làm những việc của vài phút đầu: gọi cấp cứu, cầm máu, giữ an toàn hiện "
                "trường, không để người bị nạn bị di chuyển sai cách.",
                "Tháng 9/2026, đội được Ủy ban nhân dân phường Đăk Cấm tặng giấy khen. Đội đang "
                "tìm thêm thành viên ở các tổ dân phố dọc quốc lộ.",
            ],
            "tags": ["sơ cứu", "an toàn giao thông", "tình nguyện"],
        },
        "how": {
            "column": "nguoi-tot-viec-tot",
            "hero": "Túi sơ cứu của thành viên đội được kiểm tra định kỳ.",
            "heading": "Người gần nhất đến trước",
            "more": [
                "Mỗi thành viên phụ trách đoạn quốc lộ gần nhà hoặc nơi làm việc của mình. Danh "
                "sách số điện thoại được sắp theo đoạn đường, để người nhận tin báo biết ngay nên "
                "gọi ai.",
                "Túi sơ cứu của mỗi người được kiểm tra hằng tháng: băng, gạc, nẹp, găng tay. Sau "
                "mỗi vụ, đội ghi lại thời gian có mặt và những việc đã làm, để rút kinh nghiệm "
                "trong buổi ôn tập quý.",
                "Người muốn tham gia đội phải qua lớp tập huấn sơ cứu cơ bản và ôn lại định kỳ; "
                "người chưa được tập huấn thì chỉ gọi cấp cứu và giữ an toàn hiện trường.",
            ],
            "facts_title": "Đội sơ cứu giao thông Đăk Cấm",
            "tags": ["sơ cứu", "tình nguyện"],
        },
    },
    "Ông Trương Công Hiếu": {
        "story": {
            "column": "nguoi-tot-viec-tot",
            "since": MERGED,
            "hero": "Ông Trương Công Hiếu hướng dẫn người dân làm chuồng nuôi lợn đệm lót sinh "
                    "học.",
            "body": [
                "Sáng sớm, xe tải nhỏ của trang trại dừng trước nhà chị Y Huê ở một làng của huyện "
                "Kon Rẫy cũ, giao năm con lợn giống. Chị ký vào sổ nhận, không trả đồng nào. Theo "
                "thỏa thuận, khi lứa lợn xuất chuồng chị mới trả tiền giống, không tính lãi.",
                "Ông Trương Công Hiếu đã làm như vậy với 22 hộ nghèo trong mấy năm qua. Ông cử "
                "người của trại đến hướng dẫn làm chuồng, làm đệm lót, tiêm phòng. Lợn ốm, hộ nhận "
                "giống gọi điện là có người đến.",
                "Trong 15 lao động thường xuyên của trang trại, phần lớn là người Xơ Đăng, Ba Na ở "
                "các làng quanh vùng. Một số người sau vài năm làm ở trại đã tự nuôi lợn tại nhà, "
                "dùng chính cách làm đệm lót học được.",
                "Năm 2023, ông được Ủy ban nhân dân tỉnh Kon Tum tặng Bằng khen vì thành tích phát "
                "triển kinh tế và giúp đỡ hộ nghèo.",
            ],
            "tags": ["giảm nghèo", "chăn nuôi", "nông dân sản xuất giỏi"],
        },
        "how": {
            "hero": "Đệm lót sinh học từ trấu và mùn cưa trong chuồng nuôi lợn.",
            "heading": "Làm đệm lót tại nhà",
            "more": [
                "Với hộ nuôi ít, ông Hiếu hướng dẫn làm đệm lót dày khoảng nửa mét từ trấu, mùn "
                "cưa và men vi sinh bán sẵn. Chuồng cần mái che mưa hắt, nền cao để nước không "
                "ngấm vào đệm.",
                "Đệm lót được đảo mỗi tuần và thay sau mỗi lứa; đệm cũ ủ thêm một thời gian thành "
                "phân bón cho cà phê, rau màu. Nhờ vậy hộ nuôi vừa bớt mùi, vừa có thêm phân cho "
                "vườn.",
                "Các hộ nhận giống được khuyên nuôi số lượng vừa sức, không nuôi quá số lợn mà "
                "chuồng và đệm lót cho phép, để tránh dịch bệnh.",
            ],
            "facts_title": "Trang trại ông Hiếu",
            "tags": ["đệm lót sinh học", "chăn nuôi an toàn"],
        },
    },
}
