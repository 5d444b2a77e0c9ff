package io.meterhub.app;

import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.cabinet.personaldata.PersonalDataCipher;
import io.meterhub.storage.cabinet.personaldata.PersonalDataReencryption;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "reencrypt-personal-data", description = {"Bring every customer's SNILS and passport under MH_PD_KEY: values in clear and",
        "under MH_PD_KEY_PREVIOUS are rewritten, with progress (the cabinet also does it at start). Then MH_PD_KEY_PREVIOUS may be unset."})
final class ReencryptPersonalDataCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        PersonalDataCipher cipher = PersonalDataCipher.ofProcess();
        try (Database database = Database.open(StorageConfig.fromEnvironment(System.getenv()))) {
            PersonalDataReencryption reencryption = new PersonalDataReencryption(database.dataSource(), cipher);
            System.out.println(reencryption.pending() + " customers to re-encrypt");
            long done = reencryption.run(System.out::println);
            System.out.println(done + " customers re-encrypted; " + reencryption.pending() + " left");
        }
        return 0;
    }
}
