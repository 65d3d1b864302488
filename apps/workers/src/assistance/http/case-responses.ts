import { Injectable, NotFoundException } from '@nestjs/common';
import { type CaseView } from '../view-case/case-view';
import { ViewCaseQuery } from '../view-case/view-case.query';
import { mapCaseErrors } from './assistance-case-error.mapper';

/** What the coordinator's changes answer: the case as it reads once the change committed. */
@Injectable()
export class CaseResponses {
  constructor(private readonly viewCase: ViewCaseQuery) {}

  /** Runs the change (its domain errors become problem documents), then reads the case. */
  async after(id: string, change: () => Promise<unknown>): Promise<CaseView> {
    await mapCaseErrors(change);
    const view = await this.viewCase.execute(id);
    if (!view) throw new NotFoundException(`No assistance case ${id}.`);
    return view;
  }
}
