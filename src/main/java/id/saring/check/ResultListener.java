package id.saring.check;

import id.saring.layout.TableHeader;
import id.saring.model.Finding;

/** Receives the tables found, checked records and findings as they are produced. */
public interface ResultListener {

    void table(TableHeader table);

    void capaian(CapaianResult result);

    void budget(BudgetResult result);

    void finding(Finding finding);
}
