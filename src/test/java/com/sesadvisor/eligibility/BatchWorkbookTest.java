package com.sesadvisor.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import com.sesadvisor.testsupport.OnPostgres;

/** The Excel export holds the same table as the CSV export, with typed cells, for a batch with a bad row. */
@SpringBootTest
@OnPostgres
class BatchWorkbookTest {

    @Autowired
    EligibilityService eligibility;

    @Test
    void workbook_has_one_typed_row_per_project_including_the_bad_one() throws IOException {
        BatchResult result = eligibility.checkBatch("CN-HEBEI-2024", """
                name,ratedPowerMw,ratedEnergyMwh,annualCycles
                Big,100,400,330
                Small,99.9,400,330
                Broken,abc,400,330
                """, "admin");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(eligibility.batchXlsx(result)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("status");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(3).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(2).getCell(3).getBooleanCellValue()).isFalse();
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).contains("ELIG-HE-001");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("ERROR");
            assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).contains("ratedPowerMw");
            assertThat(eligibility.batchCsv(result).lines().count()).isEqualTo(sheet.getLastRowNum() + 1);
        }
    }
}
