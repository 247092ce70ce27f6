package id.saring.check;

import id.saring.model.Finding;

/** Receives checked records and findings as they are produced. */
public interface ResultListener {

    void capaian(CapaianResult result);

    void budget(BudgetResult result);

    void finding(Finding finding);
}
