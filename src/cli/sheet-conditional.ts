import type { Worksheet } from 'exceljs';
import type { ConditionalRule } from '../inventory';
import { argb } from './sheet-style';

/**
 * The layout's conditional backgrounds as expression rules, first rule
 * first. The fill names the colour as both pattern colours: Excel paints a
 * conditional solid fill with one, LibreOffice with the other.
 */
export function addConditionalRules(
  sheet: Worksheet,
  rules: ConditionalRule[],
) {
  rules.forEach((rule, index) => {
    const colour = { argb: argb(rule.background) };
    sheet.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: 'expression',
          priority: index + 1,
          formulae: [rule.formula],
          style: {
            fill: {
              type: 'pattern',
              pattern: 'solid',
              fgColor: colour,
              bgColor: colour,
            },
          },
        },
      ],
    });
  });
}
