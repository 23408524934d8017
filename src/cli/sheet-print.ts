import type { Worksheet } from 'exceljs';
import type { InventoryLayout } from '../inventory';

// Inches: narrow sides so the benchmark text keeps a readable size.
const MARGINS = {
  left: 0.4,
  right: 0.4,
  top: 0.5,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};

/** Landscape, one page wide, header row on every page, page numbers.
 *  Hidden helper columns stay off paper without a print area. */
export function setUpPrinting(sheet: Worksheet, layout: InventoryLayout) {
  const { headerRow } = layout;
  Object.assign(sheet.pageSetup, {
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages tall as the inventory needs.
    fitToHeight: 0,
    margins: MARGINS,
    horizontalCentered: true,
    showGridLines: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
  });
  sheet.headerFooter.oddFooter = '&CPage &P of &N';
}

/** Everything down to the header row stays in view while scrolling. */
export function freezeHeader(sheet: Worksheet, layout: InventoryLayout) {
  const { headerRow, ratingCells } = layout;
  sheet.views = [
    {
      state: 'frozen',
      xSplit: 0,
      ySplit: headerRow,
      topLeftCell: `A${headerRow + 1}`,
      activeCell: ratingCells[0] ?? `A${headerRow + 1}`,
    },
  ];
}
