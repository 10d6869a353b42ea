# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""seasia44: a probe of Southeast Asian general news, scraped as text (half as an extractor leaves them, half as all
the visible text of the page), in id (Indonesian, and Malaysian Malay told as id: keys ``id_my_``), vi, th, tl and the
region's English-language press (Singapore, Malaysia, the Philippines): politics, disasters, economy, crime, sport,
entertainment.

- the article (``A``): the lead with its dateline ("Jakarta (ANTARA) -", "JAKARTA, KOMPAS.com -", "KOTA BHARU, 2 Dis
  (Bernama) --", "TTO -", "(Dân trí) -", "MAYNILA —", "SINGAPORE –"), short lines ("Berikut rinciannya:", "Abangan!"),
  lists of victims, districts, goals and seized items, one-line quotes, Thai without spaces, Vietnamese diacritics,
  Taglish;
- the residue (``R``): "Baca juga:", "Berita Terkait", "Xem thêm:", "Tin liên quan", "อ่านต่อ", "ข่าวที่เกี่ยวข้อง",
  "Basahin din:", editor lines ("Pewarta:", "Editor:", "Biên tập:"), "Copyright © ANTARA", share rows, "Ikuti kami di
  Google News", WhatsApp channel calls, tags, menus, footers, cookie notices;
- ``T``: headlines.

- round 1, blind (written before reading the passes): 24 pages (13 extracts, 11 full pages), 149 ``A`` lines, 299
  ``R``, 24 ``T``: id 6 (two Malay), vi 6, th 4, tl 3, en 5.

Measured on main 9a083c0: round 1 lost 3, left 13.

``python tests/test_seasia44.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

from probes import (
    added_rule_tests,
    forced_language_test,
    kept,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== an ANTARA story as an extractor leaves it: dateline glued to the lead, editor lines, copyright
    "id_antara_story_extract": """\
T BMKG: Gempa magnitudo 5,6 guncang Cianjur, tidak berpotensi tsunami
A Jakarta (ANTARA) - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa bumi bermagnitudo 5,6 mengguncang wilayah Kabupaten Cianjur, Jawa Barat, pada Senin pukul 13.21 WIB.
A Kepala Pusat Gempa Bumi dan Tsunami BMKG Daryono mengatakan pusat gempa berada di darat pada jarak 10 kilometer barat daya Cianjur dengan kedalaman 11 kilometer.
A "Gempa ini tidak berpotensi tsunami," kata Daryono.
A Guncangan dirasakan di Cianjur, Sukabumi, Bogor, dan Bandung dengan intensitas III-IV MMI.
A Hingga pukul 14.00 WIB, BMKG mencatat tiga gempa susulan dengan magnitudo terbesar 3,2.
R Baca juga: BMKG imbau warga waspadai cuaca ekstrem sepekan ke depan
A Warga diimbau tetap tenang dan tidak terpengaruh oleh isu yang tidak dapat dipertanggungjawabkan.
R Pewarta: Rizka Khaerunnisa
R Editor: Budi Suyanto
R Copyright © ANTARA 2025
R Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.
""",
    # ===== a Kompas page with all its visible text =====
    "id_kompas_flood_full": """\
R Kompas.com
R Masuk
R Daftar
R News
R Nasional
R Regional
R Megapolitan
R Global
R Money
R Bola
R Tekno
R Otomotif
R Home
R News
R Megapolitan
T Banjir Rendam 56 RT di Jakarta, Ketinggian Air hingga 1,5 Meter
R Kompas.com - 03/03/2025, 08:15 WIB
R Penulis Ruby Rachmadina
R Editor Fitria Chusna Farisa
R Lihat Foto
R Genangan air di Kampung Melayu, Jakarta Timur, Senin (3/3/2025).(KOMPAS.com/RUBY RACHMADINA)
A JAKARTA, KOMPAS.com - Banjir merendam 56 rukun tetangga (RT) di Jakarta pada Senin (3/3/2025) pagi setelah hujan deras mengguyur sejak Minggu malam.
A Kepala Pelaksana BPBD DKI Jakarta Isnawa Adji mengatakan, ketinggian air bervariasi antara 30 sentimeter hingga 1,5 meter.
A Berikut rinciannya:
A Jakarta Timur: 31 RT
A Jakarta Selatan: 17 RT
A Jakarta Barat: 8 RT
A "Kami sudah mengerahkan personel dan pompa mobile ke lokasi terdampak," ujar Isnawa.
A Sebanyak 240 warga mengungsi ke masjid dan sekolah terdekat.
R Baca juga: Ini Daftar Jalan yang Tergenang Banjir di Jakarta Pagi Ini
A BPBD meminta warga menghubungi nomor darurat 112 jika membutuhkan bantuan evakuasi.
R Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D
R Pastikan Anda sudah install aplikasi WhatsApp ya.
R Tag
R banjir jakarta
R BPBD DKI
R hujan deras
R Berita Terkait
R Banjir Bekasi, 1.200 Warga Mengungsi
R Ini Titik Banjir di Tangerang
R Bagikan artikel ini melalui
R Facebook
R Twitter
R WhatsApp
R Salin Link
R Ikuti kami di Google News
R Copyright 2008 - 2025 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.
""",
    # ===== a detik story as an extractor leaves it: crime, short quote lines, "Simak Video" =====
    "id_detik_crime_extract": """\
T Polisi Tangkap Pelaku Pencurian Motor di Bekasi, 3 Unit Disita
R Mei Amelia R - detikNews
R Selasa, 04 Mar 2025 14:32 WIB
A Jakarta - Polisi menangkap dua pria yang diduga mencuri sepeda motor di wilayah Bekasi Utara.
A Kedua pelaku berinisial AS (24) dan RN (27).
A "Pelaku sudah beraksi di lima lokasi," kata Kapolsek Bekasi Utara Kompol Sutrisno kepada wartawan, Selasa (4/3/2025).
A Dari tangan pelaku, polisi menyita barang bukti berupa:
A - 3 unit sepeda motor
A - 2 kunci letter T
A - 1 buah ponsel
A Keduanya dijerat Pasal 363 KUHP tentang pencurian dengan pemberatan dengan ancaman hukuman 7 tahun penjara.
R Simak Video "Video: Detik-detik Maling Motor Beraksi di Parkiran Minimarket"
R [Gambas:Video 20detik]
R (mea/mea)
R Hoegeng Awards 2025
R Baca kisah inspiratif kandidat polisi teladan di sini
""",
    # ===== a CNN Indonesia economy page with all its visible text =====
    "id_cnn_economy_full": """\
R CNN Indonesia
R Home
R Nasional
R Internasional
R Ekonomi
R Olahraga
R Teknologi
R Hiburan
R Gaya Hidup
R Ekonomi
T Rupiah Melemah ke Rp16.450 per Dolar AS Sore Ini
R CNN Indonesia
R Rabu, 05 Mar 2025 15:48 WIB
R Bagikan:
R url telah tercopy
A Jakarta, CNN Indonesia -- Nilai tukar rupiah ditutup di level Rp16.450 per dolar AS pada perdagangan Rabu (5/3) sore.
A Mata uang Garuda melemah 35 poin atau 0,21 persen dibandingkan penutupan perdagangan sebelumnya.
A Sementara itu, kurs referensi Bank Indonesia (BI) Jisdor menempatkan rupiah di posisi Rp16.437 per dolar AS.
A Mayoritas mata uang di kawasan Asia bergerak variatif.
A Yen Jepang melemah 0,12 persen, won Korea Selatan menguat 0,30 persen, dan baht Thailand melemah 0,05 persen.
A Pengamat pasar uang Ariston Tjendra menilai rupiah tertekan sentimen kebijakan tarif Amerika Serikat.
A "Pasar masih khawatir," ujarnya.
R (pta)
R Saksikan Video di Bawah Ini:
R VIDEO: Harga Emas Antam Naik Rp10 Ribu
R TOPIK TERKAIT
R rupiah
R dolar AS
R ARTIKEL TERKAIT
R IHSG Ditutup Menguat ke Level 6.600
R BI Tahan Suku Bunga di 5,75 Persen
R LAINNYA DARI DETIKNETWORK
R Redaksi
R Pedoman Media Siber
R Karir
R Kotak Pos
R Info Iklan
R Privacy Policy
R Copyright © 2025 CNN Indonesia. All rights reserved
""",
    # ===== a Malay (Malaysian) story as an extractor leaves it: Bernama dateline, "Artikel Berkaitan" =====
    "id_my_bernama_flood_extract": """\
T Banjir: Jumlah mangsa di Kelantan meningkat kepada 12,450 orang
A KOTA BHARU, 2 Dis (Bernama) -- Jumlah mangsa banjir di Kelantan meningkat kepada 12,450 orang daripada 3,612 keluarga pagi ini berbanding 9,871 orang malam tadi.
A Menurut portal InfoBencana Jabatan Kebajikan Masyarakat (JKM), seramai 58 pusat pemindahan sementara (PPS) dibuka di lima daerah.
A Daerah yang terjejas ialah:
A Pasir Mas
A Tumpat
A Tanah Merah
A Kota Bharu
A Kuala Krai
A Sementara itu, paras air Sungai Golok di Rantau Panjang dilaporkan melepasi paras bahaya.
R Artikel Berkaitan:
R Banjir: Dua jalan di Terengganu ditutup kepada semua kenderaan
R -- BERNAMA
R Ikuti kami di saluran WhatsApp dan Telegram untuk berita terkini.
""",
    # ===== a Malay portal page with all its visible text: Harian-style, sport =====
    "id_my_sport_full": """\
R Utama
R Berita
R Sukan
R Hiburan
R Bisnes
R Global
R Sukan
R Bola Sepak
T Harimau Malaya tewaskan Nepal 2-0
R Oleh Ahmad Fauzi
R 25 Mac 2025 @ 10:45pm
R Kongsi
R Facebook
R X
R Telegram
A KUALA LUMPUR: Skuad kebangsaan, Harimau Malaya, menewaskan Nepal 2-0 dalam aksi Kelayakan Piala Asia 2027 di Stadium Nasional Bukit Jalil malam ini.
A Gol pertama dijaringkan oleh Arif Aiman pada minit ke-23.
A Dion Cools menggandakan kedudukan pada minit ke-67.
A "Pemain bermain dengan penuh disiplin," kata ketua jurulatih Peter Cklamovski.
A Kesebelasan utama:
A Syihan Hazmi; Matthew Davies, Dion Cools, Shahrul Saad, La'Vere Corbin-Ong; Stuart Wilkin, Endrick; Arif Aiman, Paulo Josue, Faisal Halim; Darren Lok.
A Malaysia kini mendahului Kumpulan F dengan tiga mata.
R Artikel ini disiarkan pada : Selasa, 25 Mac 2025 @ 10:45 PM
R Berita Berkaitan
R Cklamovski puji semangat pemain
R Nepal akui Malaysia lebih baik
R Hubungi Kami
R Penafian
R Dasar Privasi
R Hak Cipta © 2025 Media Prima Berhad. Hak cipta terpelihara.
""",
    # ===== a VnExpress story as an extractor leaves it: short dateline-less lead, quote, list =====
    "vi_vnexpress_traffic_extract": """\
T Xe khách lật trên đèo, 5 người bị thương
A Xe khách 45 chỗ chở 32 người lật nghiêng trên đèo Bảo Lộc, 5 hành khách bị thương, sáng 4/3.
A Khoảng 6h, xe khách do tài xế Nguyễn Văn Hùng, 42 tuổi, điều khiển đổ đèo hướng Lâm Đồng về TP HCM.
A Đến đoạn cua gấp, xe mất lái, va vào vách núi rồi lật nghiêng.
A "Tôi nghe tiếng nổ lớn rồi xe nghiêng hẳn", một hành khách kể.
A Các nạn nhân được đưa đến Bệnh viện Đa khoa Bảo Lộc cấp cứu.
A Đèo Bảo Lộc dài khoảng 10 km, có nhiều khúc cua nguy hiểm.
R Phước Tuấn
R Xem thêm: Tai nạn liên hoàn trên cao tốc, 3 ôtô hư hỏng
R Chia sẻ
R Trở lại Thời sự
""",
    # ===== a Tuổi Trẻ page with all its visible text: TP.HCM dateline, "Tin liên quan" =====
    "vi_tuoitre_economy_full": """\
R Tuổi Trẻ Online
R Thời sự
R Thế giới
R Pháp luật
R Kinh doanh
R Công nghệ
R Xe
R Du lịch
R Giải trí
R Thể thao
R Kinh doanh
R 05/03/2025 10:12 GMT+7
T Giá vàng miếng SJC tăng vọt lên 92 triệu đồng/lượng
R Lưu
R Chia sẻ
A TTO - Sáng 5-3, giá vàng miếng SJC tăng mạnh, lên mức 92 triệu đồng/lượng bán ra.
A Cụ thể, Công ty Vàng bạc đá quý Sài Gòn niêm yết giá vàng miếng ở mức 90,5 triệu đồng/lượng mua vào và 92 triệu đồng/lượng bán ra.
A Giá vàng nhẫn cũng tăng 500.000 đồng/lượng.
A Trên thị trường thế giới, giá vàng giao ngay đứng ở mức 2.915 USD/ounce.
R Tin liên quan
R Giá vàng hôm nay 4-3: Vàng nhẫn giảm nhẹ
R Vàng thế giới lập đỉnh mới
A Theo các chuyên gia, giá vàng trong nước có thể tiếp tục biến động mạnh trong những ngày tới.
R NGỌC AN
R Bình luận (0)
R Gửi bình luận
R Xem thêm bình luận
R Tuổi Trẻ Online - Cơ quan chủ quản: Thành Đoàn TP.HCM
R Tổng biên tập: Lê Thế Chữ
R Giấy phép số 585/GP-BTTTT ngày 22-11-2021
R © Bản quyền thuộc về Tuổi Trẻ Online. Cấm sao chép dưới mọi hình thức khi chưa có sự chấp thuận bằng văn bản.
""",
    # ===== a Thanh Niên story as an extractor leaves it: a list of victims =====
    "vi_thanhnien_fire_extract": """\
T Cháy nhà trọ ở Hà Nội, 3 người tử vong
A Vụ cháy xảy ra khoảng 2h sáng 2.3 tại một nhà trọ trên phố Trung Kính, quận Cầu Giấy, Hà Nội.
A Danh tính các nạn nhân tử vong gồm:
A 1. Nguyễn Văn Minh (35 tuổi)
A 2. Trần Thị Lan (32 tuổi)
A 3. Nguyễn Minh Khôi (6 tuổi)
A Lực lượng cảnh sát PCCC đã cứu được 7 người mắc kẹt.
A Nguyên nhân vụ cháy đang được điều tra.
R Đọc thêm
R Hà Nội: Kiểm tra an toàn PCCC tại 500 nhà trọ
R Biên tập: Hoàng Yến
R Theo dõi Báo Thanh Niên trên Google News
""",
    # ===== a VietNamNet sport page with all its visible text =====
    "vi_vietnamnet_football_full": """\
R VietNamNet
R Đăng nhập
R Chính trị
R Thời sự
R Kinh doanh
R Thể thao
R Giáo dục
R Thể thao
R Bóng đá Việt Nam
T Tuyển Việt Nam thắng Lào 5-0
R Thứ Tư, 19/03/2025 - 21:45
A Tuyển Việt Nam đánh bại Lào 5-0 ở trận ra quân vòng loại Asian Cup 2027 trên sân Thiên Trường.
A Ghi bàn:
A Tiến Linh 12'
A Quang Hải 34'
A Xuân Son 51', 77'
A Văn Vĩ 88'
A HLV Kim Sang Sik hài lòng với màn trình diễn của các cầu thủ.
A "Chúng tôi đã chơi đúng chiến thuật", ông nói.
R Tags:
R Tuyển Việt Nam
R Kim Sang Sik
R Tin nổi bật
R Bảng xếp hạng V-League 2024/25 mới nhất
R Liên hệ quảng cáo
R Đường dây nóng
R © Copyright of vietnamnet.vn
""",
    # ===== a Thairath page with all its visible text: Thai without spaces =====
    "th_thairath_flood_full": """\
R ไทยรัฐออนไลน์
R หน้าแรก
R ข่าว
R การเมือง
R เศรษฐกิจ
R กีฬา
R บันเทิง
R ข่าว
R ภูมิภาค
T น้ำท่วมเชียงราย ชาวบ้านอพยพกว่า 2,000 ครัวเรือน
R 5 มี.ค. 2568 09:15 น.
R แชร์
R Facebook
R LINE
A น้ำป่าไหลหลากเข้าท่วมพื้นที่อำเภอแม่สาย จังหวัดเชียงราย ตั้งแต่ช่วงดึกคืนที่ผ่านมา
A ชาวบ้านกว่า 2,000 ครัวเรือนต้องอพยพไปยังศูนย์พักพิงชั่วคราว
A นายอำเภอแม่สายกล่าวว่า "ขณะนี้ระดับน้ำยังคงเพิ่มสูงขึ้นอย่างต่อเนื่อง"
A เจ้าหน้าที่เร่งนำเรือท้องแบนเข้าช่วยเหลือผู้ป่วยและผู้สูงอายุ
R อ่านต่อ
R ข่าวที่เกี่ยวข้อง
R ฝนตกหนักภาคเหนือ เตือน 12 จังหวัด
R ติดตามไทยรัฐออนไลน์ได้ที่ LINE Official
R แท็กที่เกี่ยวข้อง
R น้ำท่วม
R เชียงราย
R ติดต่อเรา
R นโยบายความเป็นส่วนตัว
R © 2025 บริษัท วัชรพล จำกัด สงวนลิขสิทธิ์
""",
    # ===== a Matichon story as an extractor leaves it =====
    "th_matichon_politics_extract": """\
T นายกฯ ยืนยันไม่ยุบสภา
A เมื่อวันที่ 4 มีนาคม ที่ทำเนียบรัฐบาล นายกรัฐมนตรีให้สัมภาษณ์ถึงกระแสข่าวการยุบสภา
A นายกรัฐมนตรีกล่าวว่า "ไม่มีเหตุผลที่จะต้องยุบสภาในตอนนี้"
A ขณะเดียวกันพรรคร่วมรัฐบาลยังคงเดินหน้าผลักดันร่างงบประมาณปี 2569
A ที่ประชุมคณะรัฐมนตรีมีมติเห็นชอบ 3 มาตรการ ได้แก่
A 1. ลดค่าไฟฟ้า
A 2. ตรึงราคาน้ำมันดีเซล
A 3. พักหนี้เกษตรกร
R อ่านข่าวที่เกี่ยวข้อง
R ฝ่ายค้านเตรียมยื่นญัตติอภิปรายไม่ไว้วางใจ
R ติดตามข่าวสารจากมติชนได้ที่ Google News
""",
    # ===== a Khaosod entertainment story as an extractor leaves it =====
    "th_khaosod_showbiz_extract": """\
T นักแสดงสาวเปิดใจหลังข่าวลือเลิกรา
A นักแสดงสาวชื่อดังโพสต์ข้อความผ่านอินสตาแกรมส่วนตัว หลังมีข่าวลือว่าเลิกรากับแฟนหนุ่ม
A "ขอบคุณทุกกำลังใจนะคะ"
A ล่าสุดทั้งคู่ยังไม่ได้ออกมาชี้แจงรายละเอียดเพิ่มเติม
A แฟนคลับจำนวนมากเข้ามาให้กำลังใจในคอมเมนต์
R ข่าวสดออนไลน์
R ขอบคุณภาพจาก อินสตาแกรม
R กดติดตามข่าวสดได้ที่ LINE @KhaosodOnline
""",
    # ===== a Thai sport page with all its visible text =====
    "th_sport_muaythai_full": """\
R สยามกีฬา
R หน้าแรก
R ฟุตบอลไทย
R ฟุตบอลต่างประเทศ
R มวย
R กีฬาอื่นๆ
T รถถังชนะน็อกยกสอง
R 3 มี.ค. 68
R อ่าน 1,245 ครั้ง
A รถถัง จิตรเมืองนนท์ ชนะน็อกคู่ชกชาวญี่ปุ่นในยกที่สอง ที่ลุมพินีเมื่อคืนนี้
A ผลการชกคู่อื่น
A ยอดเพชร ชนะคะแนน
A ก้องธรณี ชนะน็อกยก 3
A แสงมณี เสมอ
A ศึกครั้งต่อไปจะจัดขึ้นในวันที่ 5 เมษายน
R แสดงความคิดเห็น
R ข่าวล่าสุด
R ช้างศึกเตรียมลงสนามพบเวียดนาม
R ติดต่อโฆษณา
R Copyright © 2025 Siamsport. All rights reserved.
""",
    # ===== an ABS-CBN Filipino story as an extractor leaves it =====
    "tl_abscbn_typhoon_extract": """\
T Bagyong Kristine, lumakas pa; Signal No. 3 itinaas sa ilang lugar
A MAYNILA — Lalo pang lumakas ang Bagyong Kristine habang papalapit sa Northern Luzon, ayon sa PAGASA nitong Huwebes.
A Itinaas ang Signal No. 3 sa mga sumusunod na lugar:
A Isabela
A Cagayan
A Apayao
A Ayon sa PAGASA, may lakas ang bagyo na 120 kilometro kada oras malapit sa gitna.
A "Pinapayuhan ang mga residente na lumikas na," ani PAGASA weather specialist Benison Estareja.
R Basahin din: Klase sa ilang lugar sa Luzon, suspendido
R — Ulat ni Jeck Batallones, ABS-CBN News
R I-download ang ABS-CBN News app.
""",
    # ===== a GMA page with all its visible text: Taglish showbiz =====
    "tl_gma_showbiz_full": """\
R GMA News Online
R News
R Showbiz
R Sports
R Lifestyle
R Showbiz
T Alden Richards, may bagong project sa 2025
R By Jason Mark
R Published March 5, 2025 3:20pm
R Share
R Facebook
R X
R Copy link
A Excited na si Alden Richards sa bago niyang teleserye na magsisimula ng taping ngayong buwan.
A "Sobrang grateful ako sa opportunity na ito," sabi ni Alden sa isang interview.
A Makakasama niya sa serye ang ilang beteranong aktor.
A Hindi pa inilalabas ang official title ng project.
A Abangan!
R Basahin din:
R Kathryn Bernardo, may pasabog sa fans
R Tags: alden richards, teleserye
R Comments
R Follow GMA News Online on Facebook and X.
R © 2025 GMA Network Inc. All rights reserved.
""",
    # ===== a Filipino crime story as an extractor leaves it =====
    "tl_crime_extract": """\
T 2 arestado sa buy-bust sa Quezon City
A Arestado ang dalawang hinihinalang tulak ng iligal na droga sa isang buy-bust operation sa Quezon City nitong Martes ng gabi.
A Kinilala ang mga suspek na sina alyas "Jun," 34, at alyas "Boy," 29.
A Nakumpiska sa kanila ang:
A - 50 gramo ng shabu
A - P340,000 na halaga
A - isang caliber .38 na baril
A Mahaharap sila sa kasong paglabag sa RA 9165.
R Pinoy Abante
R I-follow kami sa Facebook para sa mas maraming balita.
""",
    # ===== a Straits Times page with all its visible text =====
    "en_sg_straitstimes_full": """\
R Skip to main content
R The Straits Times
R Singapore
R Asia
R World
R Opinion
R Life
R Business
R Tech
R Sport
R Singapore
T 3 arrested after brawl at Clarke Quay; 2 taken to hospital
R Louisa Tang
R Updated Mar 05, 2025, 11:12 AM
R Published Mar 05, 2025, 09:45 AM
R Share
A SINGAPORE – Three men were arrested after a fight broke out at Clarke Quay in the early hours of March 5.
A The police said they were alerted to the incident at about 3.20am.
A Two men, aged 24 and 31, were taken conscious to Singapore General Hospital.
A Those arrested are aged between 22 and 28.
A Investigations are ongoing.
A Those convicted of rioting can be jailed for up to 10 years and caned.
R Join ST's WhatsApp Channel and get the latest news and must-reads.
R Read more
R Man charged over Orchard Road attack
R Sign up for our newsletters
R Terms & Conditions
R Data Protection Policy
R Copyright 2025. SPH Media Limited. Co. Regn. No. 202120748H. All rights reserved.
R We use cookies to improve your experience. By continuing, you agree to our use of cookies.
""",
    # ===== a The Star (Malaysia) story as an extractor leaves it =====
    "en_my_thestar_extract": """\
T Flash floods hit Penang after heavy downpour
A GEORGE TOWN: Several areas on the island were hit by flash floods following a heavy downpour that lasted more than three hours.
A The affected areas include:
A Jalan Masjid Negeri
A Jalan Dato Keramat
A Jalan Air Itam
A State Civil Defence Force director Lt Col Zaidi Abdullah said no evacuation was needed.
A "The water subsided by 6pm," he said.
R Related stories:
R Landslide closes road in Cameron Highlands
R Follow us on our official WhatsApp channel for breaking news alerts and key updates!
R Tags / Keywords: Flash floods, Penang, Weather
""",
    # ===== an Inquirer page with all its visible text =====
    "en_ph_inquirer_full": """\
R INQUIRER.net
R News
R Global Nation
R Business
R Lifestyle
R Entertainment
R Technology
R Sports
R Opinion
R NEWSINFO / Metro
T MMDA: Odd-even scheme eyed for EDSA
R By: Jane Bautista
R Philippine Daily Inquirer / 05:30 AM March 06, 2025
A MANILA, Philippines — The Metropolitan Manila Development Authority (MMDA) is studying an odd-even scheme for private vehicles on EDSA.
A MMDA chair Romando Artes said the proposal would be presented to the Metro Manila Council next week.
A “We are looking at all options,” Artes said.
A Under the scheme:
A Odd-numbered plates: Monday, Wednesday, Friday
A Even-numbered plates: Tuesday, Thursday, Saturday
A The agency will hold public consultations before any rollout.
R READ: MMDA to expand bus lane on EDSA
R Subscribe to our daily newsletter
R By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.
R Read Next
R Disclaimer: Comments do not represent the views of INQUIRER.net.
R © Copyright 1997-2025 INQUIRER.net | All Rights Reserved
R We use cookies to ensure you get the best experience on our website. By continuing, you are agreeing to our use of cookies. To find out more, please click this link.
""",
    # ===== a Rappler Taglish-free English story as an extractor leaves it =====
    "en_ph_rappler_extract": """\
T Senate approves bill raising minimum wage by P100
A MANILA, Philippines – The Senate on Monday, February 19, approved on third and final reading a bill raising the daily minimum wage of private sector workers by P100.
A The vote was 20-0.
A Senate President Juan Miguel Zubiri said the bill would benefit some 4.2 million workers.
A “This is for our workers,” Zubiri said.
A The House of Representatives has yet to pass its own version. – Rappler.com
R Add a comment
R How does this make you feel?
R Loading
""",
    # ===== a Malaysiakini-style English story as an extractor leaves it: subscriber wall =====
    "en_my_kini_extract": """\
T Anwar: No plan to raise SST this year
A Prime Minister Anwar Ibrahim said the government has no plans to raise the sales and services tax (SST) this year.
A Speaking in Parliament today, Anwar said revenue collection had exceeded targets.
A “There is no need,” he said.
A He added that targeted subsidies would continue.
R Share this story
R Subscribe now to read the full story. Already a subscriber? Log in.
R Malaysiakini
""",
    # ===== an Indonesian entertainment page with all its visible text =====
    "id_showbiz_full": """\
R Kapanlagi.com
R Selebriti
R K-Pop
R Film
R Musik
R Home
R Selebriti
T Raffi Ahmad Ungkap Rencana Liburan Keluarga
R Oleh: Dita Mutiara
R Diperbarui 3 Mar 2025, 18:20 WIB
R Bagikan
A Kapanlagi.com - Raffi Ahmad mengungkapkan rencana liburan bersama keluarga setelah Lebaran.
A "Insyaallah kita ke Jepang," kata Raffi.
A Nagita Slavina pun mengamini.
A Rafathar dan Rayyanza disebut sudah tidak sabar.
R Baca Juga
R Nagita Slavina Pamer Kebersamaan dengan Anak
R Komentar
R Tulis komentar...
R Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui penggunaan cookie.
R Setuju
R Tentang Kami
R Kebijakan Privasi
R © 2025 KapanLagi Youniverse
""",
    # ===== a Dân trí crime story as an extractor leaves it: one-line quotes, ages in brackets =====
    "vi_dantri_crime_extract": """\
T Bắt giữ nghi phạm trộm 200 triệu đồng của tiệm vàng
R Dân trí
R Thứ ba, 04/03/2025 - 16:20
A (Dân trí) - Công an tỉnh Bình Dương đã bắt giữ Lê Văn Tâm (28 tuổi, quê Đồng Nai) để điều tra hành vi trộm cắp tài sản.
A Tại cơ quan công an, Tâm khai nhận hành vi.
A "Tôi nợ nần nên nảy sinh ý định trộm", Tâm khai.
A Số tài sản thu giữ gồm 200 triệu đồng và 3 chỉ vàng.
R Nguyễn Hương
R Tin liên quan
R Bắt nhóm đối tượng cướp giật tài sản trên quốc lộ 13
R Bạn có thể quan tâm
""",
}


KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


if __name__ == "__main__":
    report(CASES)
