// Storing a submitted response: kept with its form, and written to the destination spreadsheet.
import { appendResponseRow } from './destination';
import type { Answer, FormData, FormsState, ResponseData } from './model';

/**
 * Stores a response with answers in form order and appends it to the destination sheet. The row is
 * remembered so the form-submit event can point its `range` at it.
 */
export function recordResponse(
  state: FormsState,
  form: FormData,
  answers: ReadonlyMap<number, Answer>,
  respondentEmail: string,
  at: number,
): ResponseData {
  const ordered = form.items.flatMap((item) => {
    const answer = answers.get(item.id);
    return answer === undefined ? [] : [{ itemId: item.id, answer }];
  });
  const response: ResponseData = {
    id: state.newResponseId(),
    timestamp: at,
    respondentEmail,
    answers: ordered,
  };
  form.responses.push(response);
  const row = appendResponseRow(state.workspace, form, response);
  if (row) state.rows.set(response.id, row);
  return response;
}
