package id.merit.employee;

public enum PositionLevel { AHLI_UTAMA, AHLI_MADYA, AHLI_MUDA, AHLI_PERTAMA, PENYELIA, MAHIR, TERAMPIL, PEMULA }
