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
  });

  it('appears at once when the add-on is installed', () => {
    const world = freshWorld({ authMode: 'NONE' });

    onInstall();

    expect(world.ui.menus).toHaveLength(1);
    expect(world.ui.menus[0]?.map((item) => item.caption)).toContain(
      'Create inventory',
    );
  });
});
