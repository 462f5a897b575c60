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
          "ชนิดไฟล์ (MIME): .html เป็น text/html; charset=utf-8, .js เป็น text/javascript, .png เป็น image/png, .xml เป็น application/xml",
          "อย่าส่งส่วนหัว X-Frame-Options หรือ Content-Security-Policy frame-ancestors ที่ห้ามแสดงในเฟรม เพราะ Excel แสดงบานหน้าต่างในเฟรม",
          "เครื่องของผู้ใช้ต้องเข้าถึง https://appsforoffice.microsoft.com ได้ (Office โหลด office.js จากที่นั่น) ส่วนเสริมไม่ส่งข้อมูลไปที่อื่น",
          `ตรวจด้วยเบราว์เซอร์: เปิด ${check} ต้องเห็นหน้าความช่วยเหลือของส่วนเสริม และเปิด <code>${url}taskpane.html</code> ต้องเห็นชื่อ ติดตามมาตรการ ITA พร้อมข้อความว่าเปิดนอก Excel (ถูกต้องแล้ว เพราะต้องเปิดจากใน Excel)`,
          "ส่งไฟล์ <code>manifest.xml</code> (อยู่คู่กับคู่มือนี้) ให้เจ้าหน้าที่ผู้ใช้ หรือให้ผู้ดูแล Microsoft 365 ขององค์กร",
          "เมื่อมีรุ่นใหม่: คัดลอกไฟล์ใน site/ ของแพ็กเกจใหม่ทับไฟล์เดิมที่ที่อยู่เดิม แล้วส่ง manifest.xml ของรุ่นใหม่อีกครั้ง ผู้ดูแล Microsoft 365 อัปเดตแอปใน Integrated apps ส่วนผู้ใช้ที่อัปโหลดเองให้ลบส่วนเสริมเดิมแล้วอัปโหลด manifest.xml ใหม่ (Excel บนเว็บ: ล้างแคชของเบราว์เซอร์ก่อน)",
        ],
      },
      {
        heading: "สำหรับผู้ใช้: Excel บนเว็บ",
        steps: [
          "เปิดสมุดงานใน Excel บนเว็บ",
          "เลือก หน้าแรก > Add-ins (โปรแกรมเสริม) > Advanced/More Add-ins หรือในเมนูรุ่นเก่า แทรก > Add-ins > My Add-ins",
          "เลือก Upload My Add-in (อัปโหลดส่วนเสริมของฉัน) แล้วเลือกไฟล์ manifest.xml ที่ได้รับจากเจ้าหน้าที่ไอที > Upload",
          "ปุ่ม เปิดบานหน้าต่าง ITA และ สร้างรายงาน จะอยู่ที่แท็บหน้าแรก",
        ],
        image: { file: "pane-progress-th.png", alt: "บานหน้าต่างหลังเลือกสถานะมาตรการ" },
      },
      {
        heading: "สำหรับผู้ใช้: Excel สำหรับ Windows (แคตตาล็อกโฟลเดอร์ที่แชร์)",
        steps: [
          "เจ้าหน้าที่ไอทีวาง manifest.xml ในโฟลเดอร์ที่แชร์บนเครือข่าย เช่น <code>\\\\server\\ita-addin</code>",
          "ใน Excel เลือก ไฟล์ > ตัวเลือก > ศูนย์ความเชื่อถือ > การตั้งค่าศูนย์ความเชื่อถือ > แคตตาล็อก Add-in ที่เชื่อถือได้",
          "พิมพ์ที่อยู่โฟลเดอร์ในช่อง URL ของแคตตาล็อก > เพิ่มแคตตาล็อก > ทำเครื่องหมาย แสดงในเมนู > ตกลง แล้วปิดและเปิด Excel ใหม่",
          "เลือก หน้าแรก > Add-ins > More Add-ins (Excel รุ่นใหม่: หน้าแรก > Add-ins > Advanced) > SHARED FOLDER (โฟลเดอร์ที่แชร์) > ติดตามมาตรการ ITA > Add",
        ],
      },
      {
        heading: "สำหรับผู้ใช้: Excel สำหรับ Mac",
        steps: [
          "ปิด Excel แล้วคัดลอก manifest.xml ไปที่ <code>~/Library/Containers/com.microsoft.Excel/Data/Documents/wef</code> (สร้างโฟลเดอร์ wef ถ้ายังไม่มี)",
          "เปิด Excel เลือก แทรก > Add-ins > My Add-ins แล้วเลือก ติดตามมาตรการ ITA",
        ],
      },
      {
        heading: "ทั้งองค์กร: Microsoft 365 (ผู้ดูแลระบบ)",
        steps: [
          "ศูนย์การจัดการ Microsoft 365 > การตั้งค่า > Integrated apps > Upload custom apps > Office Add-in",
          "อัปโหลด manifest.xml แล้วเลือกผู้ใช้หรือกลุ่มที่จะได้รับ ส่วนเสริมจะปรากฏใน Excel ของผู้ใช้เองภายในไม่กี่ชั่วโมง",
        ],
      },
      {
        heading: "Office 2016 และ 2019 แบบลิขสิทธิ์องค์กร",
        steps: [
          "Excel รุ่นนี้ไม่มีคำสั่งที่ส่วนเสริมต้องใช้ จึงไม่แสดงส่วนเสริมนี้",
          "ใช้ Excel บนเว็บแทน (เปิดไฟล์เดียวกันได้) หรือขอแม่แบบแผนและรายงานจากผู้ดูแลส่วนเสริม ซึ่งสร้างได้จากซอร์สโค้ดของโครงการด้วยคำสั่ง <code>ita-tracker template</code> และ <code>ita-tracker report</code> (Node.js; ไม่ได้อยู่ในแพ็กเกจนี้)",
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
        "MIME types: .html text/html; charset=utf-8, .js text/javascript, .png image/png, .xml application/xml.",
        "Send no X-Frame-Options or Content-Security-Policy frame-ancestors header that forbids framing: Excel shows the pane in a frame.",
        "Users' computers must reach https://appsforoffice.microsoft.com (Office loads office.js from there). The add-in sends data nowhere else.",
        `Check in a browser: ${check} must show the add-in's help page, and <code>${url}taskpane.html</code> the add-in's title (ติดตามมาตรการ ITA) with a notice that it was opened outside Excel (right: it is meant to open inside Excel).`,
        "Give the <code>manifest.xml</code> next to this guide to the clerks, or to the organisation's Microsoft 365 admin.",
        "A new version: copy the new package's site/ files over the old ones at the same address, then hand out its manifest.xml again. The Microsoft 365 admin updates the app in Integrated apps; clerks who uploaded it themselves remove the add-in and upload the new manifest.xml (Excel on the web: clear the browser's cache first).",
      ],
    },
    {
      heading: "For the clerk: Excel on the web",
      steps: [
        "Open the workbook in Excel on the web.",
        "Choose Home > Add-ins > Advanced/More Add-ins, or in older menus Insert > Add-ins > My Add-ins.",
        "Choose Upload My Add-in, pick the manifest.xml your IT officer gave you, then Upload.",
        "The buttons Open ITA pane and Generate report appear on the Home tab.",
      ],
      image: { file: "pane-progress-th.png", alt: "The pane after ticking measures' status" },
    },
    {
      heading: "For the clerk: Excel for Windows (a shared-folder catalog)",
      steps: [
        "The IT officer puts manifest.xml in a network share, e.g. <code>\\\\server\\ita-addin</code>.",
        "In Excel: File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs.",
        "Type the share's path in Catalog Url > Add catalog > tick Show in Menu > OK, then close and reopen Excel.",
        "Choose Home > Add-ins > More Add-ins (newer Excel: Home > Add-ins > Advanced) > SHARED FOLDER > ITA Measures Tracker > Add.",
      ],
    },
    {
      heading: "For the clerk: Excel for Mac",
      steps: [
        "Quit Excel and copy manifest.xml to <code>~/Library/Containers/com.microsoft.Excel/Data/Documents/wef</code> (create the wef folder if it is missing).",
        "Open Excel, choose Insert > Add-ins > My Add-ins, and pick ITA Measures Tracker.",
      ],
    },
    {
      heading: "For everyone at once: Microsoft 365 (the admin)",
      steps: [
        "Microsoft 365 admin center > Settings > Integrated apps > Upload custom apps > Office Add-in.",
        "Upload manifest.xml and choose the users or groups; the add-in appears in their Excel within a few hours.",
      ],
    },
    {
      heading: "Volume-licensed Office 2016 and 2019",
      steps: [
        "These versions lack the Excel API the add-in needs, so Excel does not list it.",
        "Use Excel on the web (it opens the same file), or ask whoever maintains the add-in for the plan template and the report: the project's source makes them with <code>ita-tracker template</code> and <code>ita-tracker report</code> (Node.js; not in this package).",
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
            ? `<img src="images/${section.image.file}" alt="${escapeHtml(section.image.alt)}" width="350">`
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
