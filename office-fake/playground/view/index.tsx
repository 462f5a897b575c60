// The playground page's script: React draws the banner, the sheet view and the pane's frame.
import { createRoot } from "react-dom/client";
import { PlaygroundPage } from "./PlaygroundPage";

createRoot(document.getElementById("root")!).render(<PlaygroundPage />);
