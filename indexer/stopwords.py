"""Function words dropped from free-text queries (never from phrases, never indexed away)."""
from __future__ import annotations

STOPWORDS = frozenset("""
a an and are as at be been by can could did do does for from had has have how if in into
is it its may might must no not of on or should so such than that the their them then there
these they this those to was we were what when where which who whom why will with would you
your about any also between both each other over some
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
было вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до
вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы
тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того
потому этого какой совсем ним здесь этом один почти мой тем чтобы нее были куда зачем всех
никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего
них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том
нельзя такой им более всегда конечно всю между
""".split())

