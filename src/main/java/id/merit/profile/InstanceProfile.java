package id.merit.profile;

/**
 * What an administrator has set about this instance: the region ("Kabupaten Barito Timur"), its capital where letters
 * are signed ("Tamiang Layang"), the agency and its address, the time zone and the BKPSDM's signing official.
 */
public record InstanceProfile(String region, String capital, String agency, String address, String zone, boolean hasLogo,
                              String signerName, String signerNip, String signerPosition, String signerRank, int version) {

    /** "Pemerintah Kabupaten Barito Timur". */
    public String government() {
        return "Pemerintah " + region;
    }

    /** Where letters are signed: the capital, or the region's name when no capital is set. */
    public String place() {
        return capital == null || capital.isBlank() ? region : capital;
    }
}
