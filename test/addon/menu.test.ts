import { onInstall, onOpen } from '../../src/addon/menu';
import { freshWorld } from '../support/addon-world';

describe('the add-on menu', () => {
  it('offers Create inventory and Open gap analysis in AuthMode.NONE', () => {
    const world = freshWorld({ authMode: 'NONE' });

    onOpen();

    expect(world.ui.menus).toEqual([
      [
        { caption: 'Create inventory', functionName: 'createInventory' },
        { caption: 'Open gap analysis', functionName: 'showGapAnalysis' },
      ],
    ]);
    expect(world.log.count).toBe(0);
  });

  it('appears at once when the add-on is installed', () => {
    const world = freshWorld({ authMode: 'NONE' });

    onInstall();

    expect(world.ui.menus).toHaveLength(1);
    expect(world.ui.menus[0]?.map((item) => item.caption)).toContain(
      'Create inventory',
    );
  });

  it('the fake refuses authorized services in AuthMode.NONE', () => {
    freshWorld({ authMode: 'NONE' });

    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      /authorization/,
    );
  });
});
