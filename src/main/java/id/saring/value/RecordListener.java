package id.saring.value;

import id.saring.layout.TableHeader;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;

/** Receives the records of each table, in row order. */
public interface RecordListener {

    void startTable(TableHeader header);

    void capaian(CapaianRecord record);

    void budget(BudgetLine line);

    void endTable();
}
