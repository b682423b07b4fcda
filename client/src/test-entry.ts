// What tests may reach inside the explorer (`@powergroups/client/test`): the components tested in
// happy-dom, the pure graph mapping, the API client and the session that wires it. The app itself
// never imports this file.
export {
  ApiError,
  createApiClient,
  DATABASE_DOWN_MESSAGE,
  SERVER_DOWN_MESSAGE,
} from './api/client.ts';
// The whole module, so the schema test checks every *_QUERY and *_MUTATION, new ones included.
export * as operationsModule from './api/operations.ts';
export { type Operations, operations, unwrapResult } from './api/operations.ts';
export { printDocument } from './api/print.ts';
export { createQueryClient } from './api/query-client.ts';
export type {
  GroupActivity,
  GroupGraph,
  Member,
  PowerGroupReport,
  RegionGraph,
  RegionSummary,
  WhoKnowsResult,
} from './api/types.ts';
export { AccessTokens } from './components/AccessTokens/AccessTokens.tsx';
export { ActivityTab } from './components/ActivityTab/ActivityTab.tsx';
export { activityCsv } from './components/ActivityTab/activity-csv.ts';
export { AppCrashed } from './components/AppCrashed/AppCrashed.tsx';
export { parseAsk, stripQuestion } from './components/AskBox/parse-ask.ts';
export { AskResults, whoKnowsCsv } from './components/AskResults/AskResults.tsx';
export { CatalogueEditor } from './components/CatalogueEditor/CatalogueEditor.tsx';
export { byBalance } from './components/GiveReceiveChart/GiveReceiveChart.tsx';
export {
  ImportPreviewTable,
  previewRowsInOrder,
} from './components/ImportPreviewTable/ImportPreviewTable.tsx';
export { ImportRoster } from './components/ImportRoster/ImportRoster.tsx';
export { InvitationPage } from './components/InvitationPage/InvitationPage.tsx';
export { InviteMember } from './components/InviteMember/InviteMember.tsx';
export { MemberForm } from './components/MemberForm/MemberForm.tsx';
export { MemberPanel, partnersCsv, referralsCsv } from './components/MemberPanel/MemberPanel.tsx';
export { membersCsv } from './components/MembersList/MembersList.tsx';
export { OrganiseTab } from './components/OrganiseTab/OrganiseTab.tsx';
export {
  gapsCsv,
  PowerGroupsPanel,
  powerGroupsCsv,
} from './components/PowerGroupsPanel/PowerGroupsPanel.tsx';
export { RecordOneToOneForm } from './components/RecordOneToOneForm/RecordOneToOneForm.tsx';
export { RecordReferralForm } from './components/RecordReferralForm/RecordReferralForm.tsx';
export {
  pipelineCsv,
  pipelineVariables,
  ReferralPipeline,
} from './components/ReferralPipeline/ReferralPipeline.tsx';
export { ReferralStatusForm } from './components/ReferralStatusForm/ReferralStatusForm.tsx';
export { RegionsIndex } from './components/RegionsIndex/RegionsIndex.tsx';
export { RegionView } from './components/RegionView/RegionView.tsx';
export { SignIn } from './components/SignIn/SignIn.tsx';
export { StateMessage } from './components/StateMessage/StateMessage.tsx';
export { activityMarks, memberSizes, NODE_SIZE } from './graph/activity-sizes.ts';
export { NO_POWER_GROUP_COLOUR, pieSlices, powerGroupColours } from './graph/colours.ts';
export { framedSvg, legendLayout } from './graph/export-picture.ts';
export { labelBox, labelsWithRoom } from './graph/label-room.ts';
export {
  chapterDiameter,
  chapterLabel,
  hiddenChaptersNote,
  regionElements,
  sceneViewport,
  spiralPosition,
  tieWidth,
} from './graph/region-elements.ts';
export { graphStyle } from './graph/style.ts';
export {
  contactPositions,
  diffElements,
  edgeWidth,
  industriesOf,
  legendEntries,
  pathHighlight,
  toElements,
  type ViewOptions,
  visibleNodeIds,
} from './graph/to-elements.ts';
export { useQuery } from './hooks/useQuery.ts';
export { formatUrl, parseUrl, useUrlState } from './hooks/useUrlState.ts';
export { SessionProvider } from './session/SessionProvider.tsx';
export { toCsv } from './text/csv.ts';
export { foldForSearch, plainMessage } from './text/words.ts';
