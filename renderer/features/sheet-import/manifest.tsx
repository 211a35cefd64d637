import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { SheetImportPage } from './SheetImportPage';
import { texts } from './texts';

// No navigation entry: the page opens from Arkiv → Importera från Excel… (app.menuCommand
// 'importSheet') and from Dokument och export.
export const manifest: FeatureManifest = {
  key: 'sheetImport',
  routes: [{ path: paths.sheetImport, element: <SheetImportPage /> }],
  texts,
};
