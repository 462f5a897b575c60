// The install guide in the release package, in Thai and English, for the organisation's IT
// officer (hosting) and for the clerks (installing in Excel). Plain HTML: it is read offline.
// Steps follow Microsoft's pages on sideloading (Excel on the web, a network-share catalog on
// Windows, the wef folder on Mac) and on centralized deployment in the Microsoft 365 admin center.

export interface GuideFacts {
  url: string;
  version: string;
}

type Language = "th" | "en";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

interface Section {
  heading: string;
  steps: string[];
  image?: { file: string; alt: string };
}

function sections(language: Language, facts: GuideFacts): Section[] {
  const url = escapeHtml(facts.url);
  const check = `<code>${url}help.html</code>`;
  if (language === "th") {
    return [
      {
        heading: "สำหรับเจ้าหน้าที่ไอที: วางไฟล์บนเว็บไซต์ขององค์กร",
        steps: [
          `คัดลอกไฟล์และโฟลเดอร์ทั้งหมด<em>ภายใน</em> <code>site/</code> (ไม่ใช่ตัวโฟลเดอร์ site) ไปไว้บนเว็บเซิร์ฟเวอร์ ให้ไฟล์ site/taskpane.html เปิดได้ที่ <code>${url}taskpane.html</code> (เว็บแบบไฟล์คงที่ใดก็ได้ เช่น Apache, nginx, IIS ไม่ต้องมีฐานข้อมูลหรือโปรแกรมฝั่งเซิร์ฟเวอร์)`,
          "ต้องเป็น HTTPS ที่มีใบรับรองถูกต้อง: Office ไม่เปิดส่วนเสริมผ่าน HTTP หรือใบรับรองที่เบราว์เซอร์ไม่เชื่อถือ",
          "ชนิดไฟล์ (MIME): .html เป็น text/html; charset=utf-8, .js เป็น text/javascript, .png เป็น image/png, .xml เป็น application/xml, .txt เป็น text/plain (ค่าปกติของ Apache, nginx และ IIS ใช้ได้เลย)",
          "อย่าส่งส่วนหัว X-Frame-Options หรือ Content-Security-Policy frame-ancestors ที่ห้ามแสดงในเฟรม เพราะ Excel แสดงบานหน้าต่างในเฟรม",
          "เครื่องของผู้ใช้ต้องเข้าถึง https://appsforoffice.microsoft.com ได้ (Office โหลด office.js จากที่นั่น) ส่วนเสริมไม่ส่งข้อมูลไปที่อื่น",
          `ตรวจด้วยเบราว์เซอร์: เปิด ${check} ต้องเห็นหน้าความช่วยเหลือของส่วนเสริม และเปิด <code>${url}taskpane.html</code> ต้องเห็นชื่อ ติดตามมาตรการ ITA พร้อมข้อความว่าเปิดนอก Excel (ถูกต้องแล้ว เพราะต้องเปิดจากใน Excel) ถ้าขึ้นว่า โหลด Office ไม่สำเร็จ แปลว่าเครื่องที่ใช้ตรวจเข้า appsforoffice.microsoft.com ไม่ได้ (ดูข้อก่อนหน้า) ส่วนไฟล์บนเว็บไซต์ถูกต้องแล้ว`,
          `ส่งไฟล์ <code>manifest.xml</code> (อยู่คู่กับคู่มือนี้ และเปิดได้ที่ <code>${url}manifest.xml</code>) ให้เจ้าหน้าที่ผู้ใช้ หรือให้ผู้ดูแล Microsoft 365 ขององค์กร`,
          "สำหรับผู้ใช้ Excel บน Windows: สร้างโฟลเดอร์ที่แชร์บนเครือข่าย เช่น <code>\\\\server\\ita-addin</code> (คลิกขวาที่โฟลเดอร์ > Properties > Sharing ให้ผู้ใช้มีสิทธิ์อ่าน) วาง manifest.xml ไว้ในนั้น แล้วแจ้งที่อยู่เต็มของโฟลเดอร์ที่ขึ้นต้นด้วย \\\\ ให้ผู้ใช้ (ไม่ใช่อักษรไดรฟ์ที่แมปไว้ เช่น Z:)",
          "สำหรับผู้ใช้ Office 2016 หรือ 2019: ส่งไฟล์ <code>template/ita-plan-template.xlsx</code> (อยู่คู่กับคู่มือนี้) ให้ (ดูหัวข้อ Office 2016 และ 2019)",
          "เมื่อมีรุ่นใหม่: คัดลอกไฟล์ใน site/ ของแพ็กเกจใหม่ทับไฟล์เดิมที่ที่อยู่เดิม แล้วส่ง manifest.xml ของรุ่นใหม่อีกครั้ง ผู้ดูแล Microsoft 365 อัปเดตแอปใน Integrated apps ส่วนผู้ใช้ที่อัปโหลดเองให้ลบส่วนเสริมเดิมแล้วอัปโหลด manifest.xml ใหม่ (Excel บนเว็บ: ล้างแคชของเบราว์เซอร์ก่อน)",
        ],
      },
      {
        heading: "สำหรับผู้ใช้: Excel บนเว็บ",
        steps: [
          "เปิดสมุดงานใน Excel บนเว็บ",
          "เลือก หน้าแรก (Home) > Add-ins > More Add-ins (เมนูรุ่นเก่า: แทรก (Insert) > Add-ins) จะเปิดกล่อง Office Add-ins",
          "ในกล่องนั้นเลือกแท็บ MY ADD-INS (ส่วนเสริมของฉัน) แล้วเลือก Upload My Add-in (อัปโหลดส่วนเสริมของฉัน) ที่มุมขวาบน (บางรุ่นอยู่ใต้ Manage My Add-ins)",
          "กด Browse เลือกไฟล์ manifest.xml ที่ได้รับจากเจ้าหน้าที่ไอที > Upload",
          "ปุ่ม เปิดบานหน้าต่าง ITA และ สร้างรายงาน จะอยู่ในกลุ่ม มาตรการ ITA ทางขวาของแท็บหน้าแรก",
          "ส่วนเสริมที่อัปโหลดเองอยู่ในเบราว์เซอร์นั้นเท่านั้น: ใช้เครื่องอื่นหรือเบราว์เซอร์อื่นต้องอัปโหลดอีกครั้ง และจะหายไปเมื่อล้างแคชของเบราว์เซอร์ (ถ้าต้องการให้ทุกคนมีโดยไม่ต้องอัปโหลด ให้ผู้ดูแล Microsoft 365 ติดตั้งให้ทั้งองค์กร ดูหัวข้อด้านล่าง)",
        ],
        image: {
          file: "pane-progress-th.png",
          alt: "บานหน้าต่าง ITA ขั้น ติดตาม หลังทำเครื่องหมายสถานะมาตรการ: ความก้าวหน้ารวมและแยกตามหน่วยงาน",
        },
      },
      {
        heading: "สำหรับผู้ใช้: Excel สำหรับ Windows (แคตตาล็อกโฟลเดอร์ที่แชร์)",
        steps: [
          "ขอที่อยู่โฟลเดอร์ที่แชร์ซึ่งมี manifest.xml จากเจ้าหน้าที่ไอที เช่น <code>\\\\server\\ita-addin</code>",
          "ใน Excel เลือก ไฟล์ > ตัวเลือก > ศูนย์ความเชื่อถือ > การตั้งค่าศูนย์ความเชื่อถือ > แคตตาล็อก Add-in ที่เชื่อถือได้ (Excel ภาษาอังกฤษ: File &gt; Options &gt; Trust Center &gt; Trust Center Settings &gt; Trusted Add-in Catalogs)",
          "พิมพ์ที่อยู่เต็มของโฟลเดอร์ที่ขึ้นต้นด้วย \\\\ ในช่อง URL ของแคตตาล็อก (Catalog Url) > เพิ่มแคตตาล็อก (Add catalog) > ในแถวของแคตตาล็อกนั้นทำเครื่องหมาย แสดงในเมนู (Show in Menu) > ตกลง (OK)",
          "ปิด Excel ทุกหน้าต่าง แล้วเปิดใหม่ (การตั้งค่าจะมีผลเมื่อเปิดใหม่)",
          "เลือก หน้าแรก (Home) > Add-ins > More Add-ins (เมนูรุ่นเก่า: แทรก (Insert) > My Add-ins) > แท็บ SHARED FOLDER (โฟลเดอร์ที่แชร์) > ติดตามมาตรการ ITA > Add ถ้ายังไม่เห็นในรายการ กด Refresh (รีเฟรช)",
        ],
        image: {
          file: "pane-step-plan-th.png",
          alt: "บานหน้าต่าง ITA เมื่อเปิดครั้งแรก: วิธีเริ่มต้นสามทาง และขั้น แผน",
        },
      },
      {
        heading: "สำหรับผู้ใช้: Excel สำหรับ Mac",
        steps: [
          "ปิด Excel แล้วใน Finder เลือก Go > Go to Folder (กด Shift+Command+G) วาง <code>~/Library/Containers/com.microsoft.Excel/Data/Documents</code> แล้วกด Return (โฟลเดอร์ Library ถูกซ่อนไว้ จึงต้องเปิดด้วยวิธีนี้)",
          "สร้างโฟลเดอร์ชื่อ wef ในนั้นถ้ายังไม่มี แล้วคัดลอก manifest.xml ลงในโฟลเดอร์ <code>wef</code>",
          "เปิด Excel เลือก หน้าแรก (Home) > Add-ins (เมนูรุ่นเก่า: แทรก (Insert) > My Add-ins) แล้วเลือก ติดตามมาตรการ ITA ใต้หัวข้อ Developer Add-ins",
        ],
      },
      {
        heading: "ทั้งองค์กร: Microsoft 365 (ผู้ดูแลระบบ)",
        steps: [
          "ศูนย์การจัดการ Microsoft 365 > การตั้งค่า > Integrated apps > Upload custom apps > Office Add-in",
          `อัปโหลด manifest.xml (Upload manifest file) หรือใส่ที่อยู่ <code>${url}manifest.xml</code> (Provide link to manifest file) แล้วเลือกผู้ใช้หรือกลุ่มที่จะได้รับ`,
          "ส่วนเสริมจะปรากฏในแท็บหน้าแรกของ Excel ของผู้ใช้เอง อาจใช้เวลาถึง 24 ชั่วโมง ผู้ใช้ต้องปิดและเปิด Excel ใหม่",
        ],
      },
      {
        heading: "Office 2016 และ 2019 แบบลิขสิทธิ์องค์กร",
        steps: [
          "Excel รุ่นนี้ไม่มีคำสั่งที่ส่วนเสริมต้องใช้ จึงไม่แสดงส่วนเสริมนี้",
          "ใช้แม่แบบแผน <code>template/ita-plan-template.xlsx</code> ที่มากับแพ็กเกจนี้ (ขอจากเจ้าหน้าที่ไอที) ใน Excel 2016 หรือ 2019 ได้เลย: กรอกชื่อหน่วยงานและปีงบประมาณในแผ่นงาน ตั้งค่า ITA กรอกมาตรการในแผ่นงาน แผนมาตรการ ITA เลือกสถานะด้วยรายการ TRUE/FALSE ส่วนแผ่นงาน สรุปความก้าวหน้า ITA นับให้ด้วยสูตร (ระยะเวลาในแม่แบบเป็นของปีงบประมาณที่สร้างแพ็กเกจ แก้ได้)",
          "เมื่อจะทำรายงาน: เปิดไฟล์แผนเดียวกันใน Excel บนเว็บ (ผ่าน OneDrive หรือ SharePoint ขององค์กร) ซึ่งใช้ส่วนเสริมนี้ได้ หรือให้ผู้ที่มีโปรแกรมของโครงการสร้างรายงานด้วยคำสั่ง <code>ita-tracker report</code> (Node.js; ไม่ได้อยู่ในแพ็กเกจนี้)",
        ],
      },
      {
        heading: "ถ้าใช้ไม่ได้",
        steps: [
          "ไม่พบ ติดตามมาตรการ ITA ในรายการส่วนเสริม: Excel อาจเป็นรุ่น 2016 หรือ 2019 (ดูหัวข้อก่อนหน้า) หรือยังไม่ได้ปิดและเปิด Excel ใหม่หลังเพิ่มแคตตาล็อก",
          "บานหน้าต่างขึ้นว่า โหลด Office ไม่สำเร็จ: เครื่องนี้ออกอินเทอร์เน็ตไม่ได้ หรือเข้า appsforoffice.microsoft.com ไม่ได้ แจ้งเจ้าหน้าที่ไอที",
          `บานหน้าต่างว่างเปล่าหรือแจ้งว่าเปิดหน้าเว็บไม่ได้: แจ้งเจ้าหน้าที่ไอทีให้ตรวจที่ ${check}`,
        ],
      },
    ];
  }
  return [
    {
      heading: "For the IT officer: host the files on the organisation's website",
      steps: [
        `Copy everything <em>inside</em> the <code>site/</code> folder (not the folder itself) to the web server, so that site/taskpane.html opens at <code>${url}taskpane.html</code> (any static host: Apache, nginx, IIS...; no database or server-side program is needed).`,
        "It must be HTTPS with a valid certificate: Office does not open add-ins over HTTP or with a certificate browsers distrust.",
        "MIME types: .html text/html; charset=utf-8, .js text/javascript, .png image/png, .xml application/xml, .txt text/plain (the defaults of Apache, nginx and IIS will do).",
        "Send no X-Frame-Options or Content-Security-Policy frame-ancestors header that forbids framing: Excel shows the pane in a frame.",
        "Users' computers must reach https://appsforoffice.microsoft.com (Office loads office.js from there). The add-in sends data nowhere else.",
        `Check in a browser: ${check} must show the add-in's help page, and <code>${url}taskpane.html</code> the add-in's title (ติดตามมาตรการ ITA) with a notice that it was opened outside Excel (right: it is meant to open inside Excel). If it says Office could not be loaded instead, the computer you checked from cannot reach appsforoffice.microsoft.com (see the step before); the site's files are right.`,
        `Give the <code>manifest.xml</code> next to this guide (also at <code>${url}manifest.xml</code>) to the clerks, or to the organisation's Microsoft 365 admin.`,
        "For clerks with Excel on Windows: make a network share, e.g. <code>\\\\server\\ita-addin</code> (right-click the folder > Properties > Sharing, clerks may read), put manifest.xml in it, and tell the clerks its full network path starting with \\\\ (not a mapped drive letter such as Z:).",
        "For clerks with Office 2016 or 2019: give them <code>template/ita-plan-template.xlsx</code>, next to this guide (see Office 2016 and 2019).",
        "A new version: copy the new package's site/ files over the old ones at the same address, then hand out its manifest.xml again. The Microsoft 365 admin updates the app in Integrated apps; clerks who uploaded it themselves remove the add-in and upload the new manifest.xml (Excel on the web: clear the browser's cache first).",
      ],
    },
    {
      heading: "For the clerk: Excel on the web",
      steps: [
        "Open the workbook in Excel on the web.",
        "Choose Home > Add-ins > More Add-ins (older menus: Insert > Add-ins): the Office Add-ins dialog opens.",
        "In it choose the MY ADD-INS tab, then Upload My Add-in at its top right (in some versions under Manage My Add-ins).",
        "Choose Browse, pick the manifest.xml your IT officer gave you, then Upload.",
        "The buttons เปิดบานหน้าต่าง ITA (open the pane) and สร้างรายงาน (make the report) appear in the group มาตรการ ITA at the right of the Home tab.",
        "An add-in you uploaded yourself stays in that browser only: on another computer or browser upload it again, and it is gone when the browser's cache is cleared (to give it to everyone without uploading, the Microsoft 365 admin deploys it: see below).",
      ],
      image: {
        file: "pane-progress-th.png",
        alt: "The ITA pane's ติดตาม (track) step after ticking measures' status: progress overall and by unit",
      },
    },
    {
      heading: "For the clerk: Excel for Windows (a shared-folder catalog)",
      steps: [
        "Ask your IT officer for the network share holding manifest.xml, e.g. <code>\\\\server\\ita-addin</code>.",
        "In Excel: File &gt; Options &gt; Trust Center &gt; Trust Center Settings &gt; Trusted Add-in Catalogs.",
        "Type the share's full path, starting with \\\\, in Catalog Url > Add catalog > in that catalog's row tick Show in Menu > OK.",
        "Close every Excel window and open Excel again (the setting takes effect then).",
        "Choose Home > Add-ins > More Add-ins (older menus: Insert > My Add-ins) > the SHARED FOLDER tab > ITA Measures Tracker > Add. If it is not listed yet, choose Refresh.",
      ],
      image: {
        file: "pane-step-plan-th.png",
        alt: "The ITA pane as it first opens (in Thai): the three ways to start and the แผน (plan) step",
      },
    },
    {
      heading: "For the clerk: Excel for Mac",
      steps: [
        "Quit Excel. In Finder choose Go > Go to Folder (Shift+Command+G), paste <code>~/Library/Containers/com.microsoft.Excel/Data/Documents</code> and press Return (the Library folder is hidden, so this is the way in).",
        "Make a folder named wef there if it is missing, and copy manifest.xml into <code>wef</code>.",
        "Open Excel, choose Home > Add-ins (older menus: Insert > My Add-ins), and pick ITA Measures Tracker under Developer Add-ins.",
      ],
    },
    {
      heading: "For everyone at once: Microsoft 365 (the admin)",
      steps: [
        "Microsoft 365 admin center > Settings > Integrated apps > Upload custom apps > Office Add-in.",
        `Upload manifest.xml (Upload manifest file), or give its address <code>${url}manifest.xml</code> (Provide link to manifest file), and choose the users or groups.`,
        "The add-in appears on the Home tab of their own Excel; this can take up to 24 hours, and Excel must be closed and opened again.",
      ],
    },
    {
      heading: "Volume-licensed Office 2016 and 2019",
      steps: [
        "These versions lack the Excel API the add-in needs, so Excel does not list it.",
        "Use the plan template <code>template/ita-plan-template.xlsx</code> in this package (ask the IT officer for it) in Excel 2016 or 2019 as it is: fill in the organisation and fiscal year on the ตั้งค่า ITA sheet, the measures on แผนมาตรการ ITA, the statuses with the TRUE/FALSE drop-downs; the สรุปความก้าวหน้า ITA sheet counts them with formulas (the template's periods are of the fiscal year the package was made in: change them as needed).",
        "For the report: open the same plan in Excel on the web (from the organisation's OneDrive or SharePoint), which runs the add-in, or have someone with the project's command line make it with <code>ita-tracker report</code> (Node.js; not in this package).",
      ],
    },
    {
      heading: "If it does not work",
      steps: [
        "ITA Measures Tracker is not in the list of add-ins: Excel may be 2016 or 2019 (see above), or Excel was not closed and reopened after adding the catalog.",
        "The pane says Office could not be loaded: this computer cannot reach the internet or appsforoffice.microsoft.com; tell the IT officer.",
        `The pane stays blank or says the page cannot be reached: ask the IT officer to check ${check}.`,
      ],
    },
  ];
}

export function installGuide(language: Language, facts: GuideFacts): string {
  const title =
    language === "th"
      ? `ติดตั้งส่วนเสริม ติดตามมาตรการ ITA รุ่น ${facts.version}`
      : `Installing the ITA Measures Tracker ${facts.version}`;
  const other =
    language === "th"
      ? '<a href="install-en.html" hreflang="en">English</a>'
      : '<a href="install-th.html" hreflang="th">ภาษาไทย</a>';
  const all = sections(language, facts);
  // Each reader reads one or two sections: the IT officer the first, a clerk the one for their Excel.
  const contents = `<nav><p>${language === "th" ? "อ่านเฉพาะหัวข้อของท่าน:" : "Read the section for you:"}</p><ul>${all
    .map((section, index) => `<li><a href="#part-${index + 1}">${section.heading}</a></li>`)
    .join("")}</ul></nav>`;
  const body = all
    .map(
      (section, index) =>
        `<section id="part-${index + 1}"><h2>${section.heading}</h2><ol>${section.steps
          .map((step) => `<li>${step}</li>`)
          .join("")}</ol>${
          section.image
            ? `<figure><img src="images/${section.image.file}" alt="${escapeHtml(section.image.alt)}" width="350"><figcaption>${escapeHtml(section.image.alt)}</figcaption></figure>`
            : ""
        }</section>`
    )
    .join("\n");
  return `<!doctype html>
<html lang="${language}"><head><meta charset="UTF-8"><title>${title}</title>
<style>body{max-width:48em;margin:0 auto;padding:16px;font-family:"TH SarabunPSK","Sarabun","Leelawadee UI",Tahoma,sans-serif;font-size:18px;line-height:1.6}code{font-size:15px;word-break:break-all}img{border:1px solid #ccc}</style>
</head><body><p>${other}</p><h1>${title}</h1>
${contents}
${body}
</body></html>
`;
}
