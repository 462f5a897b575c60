import type { PlanCheck, WorkbookService } from "../../services/workbook-service";
import { MergePanel } from "./MergePanel";
import { ProgressView } from "./ProgressView";

/** ติดตาม: the plan's progress, and the divisions' files merged into it. */
export function TrackStep(props: {
  service: WorkbookService;
  check: PlanCheck;
  today: Date;
  onMerged: () => void;
}) {
  return (
    <>
      <ProgressView progress={props.check.progress} />
      <MergePanel {...props} />
    </>
  );
}
